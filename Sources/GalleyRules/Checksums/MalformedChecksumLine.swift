import GalleyModel

/// CK004: a line of `SHA256SUMS` that is not in `sha256sum` format.
public struct MalformedChecksumLine: EditionRule {
    public static let id: RuleID = "CK004"
    public static let defaultSeverity = Severity.error
    public static let summary = "SHA256SUMS line is malformed"
    public static let documentation = """
        Each line must be 64 hexadecimal digits, two spaces (or a space and `*`) and a relative \
        path inside the edition, as `sha256sum` writes and `sha256sum -c` reads. Reported at any \
        other line, including absolute paths and paths with `..`.
        """
    public init() {}

    public func check(_ edition: Edition) -> [Diagnostic] {
        guard edition.isComplete, let list = edition.checksums else { return [] }
        return list.malformedLines.map { line in
            diagnostic(list.path, line.range, "this line is not `<sha256>  <relative path>`",
                       hint: "regenerate the list with `galley seal \(edition.path)`")
        }
    }
}

import GalleyModel

/// CK001: a file whose SHA-256 differs from the one in `SHA256SUMS`.
public struct ChecksumMismatch: EditionRule {
    public static let id: RuleID = "CK001"
    public static let defaultSeverity = Severity.error
    public static let summary = "file does not match its SHA-256 in SHA256SUMS"
    public static let documentation = """
        An edition's `SHA256SUMS` (as `sha256sum` writes it) seals its files. Reported at the line \
        of the list when the file's SHA-256 now differs, naming both digests: the text changed after \
        it was sealed. If the change is intended, run `galley seal` again; if not, restore the file.
        """
    public init() {}

    public func check(_ edition: Edition) -> [Diagnostic] {
        guard edition.isComplete, let list = edition.checksums else { return [] }
        let actual = Dictionary(edition.files.compactMap { file in file.sha256.map { (file.relativePath, $0) } },
                                uniquingKeysWith: { first, _ in first })
        return list.entries.compactMap { entry in
            guard let digest = actual[entry.path], digest != entry.digest else { return nil }
            return diagnostic(list.path, entry.range,
                              "\(entry.path) has SHA-256 \(digest), but SHA256SUMS lists \(entry.digest)",
                              hint: "restore the sealed file, or run `galley seal \(edition.path)` if the change is intended")
        }
    }
}

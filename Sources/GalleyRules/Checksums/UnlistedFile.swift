import GalleyModel

/// CK002: a file in a sealed edition that `SHA256SUMS` does not list.
public struct UnlistedFile: EditionRule {
    public static let id: RuleID = "CK002"
    public static let defaultSeverity = Severity.error
    public static let summary = "file is not listed in SHA256SUMS"
    public static let documentation = """
        Once an edition has a `SHA256SUMS`, every file in it (texts, `edition.yaml`, anything else \
        but hidden files) must be listed, so that nothing can be slipped in unsealed. Reported for \
        the file that is missing from the list.
        """
    public init() {}

    public func check(_ edition: Edition) -> [Diagnostic] {
        guard edition.isComplete, let list = edition.checksums else { return [] }
        let listed = Set(list.entries.map(\.path))
        return edition.files.filter { !listed.contains($0.relativePath) }.map { file in
            diagnostic(edition.displayPath(of: file.relativePath), nil,
                       "\(file.relativePath) is not listed in SHA256SUMS",
                       hint: "run `galley seal \(edition.path)` to add it, or remove the file")
        }
    }
}

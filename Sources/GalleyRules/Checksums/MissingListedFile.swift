import GalleyModel

/// CK003: `SHA256SUMS` lists a file that is not there.
public struct MissingListedFile: EditionRule {
    public static let id: RuleID = "CK003"
    public static let defaultSeverity = Severity.error
    public static let summary = "file listed in SHA256SUMS is missing"
    public static let documentation = """
        Reported at the line of `SHA256SUMS` that names a file the edition folder does not hold \
        (deleted, renamed, or never committed). A sealed edition must be complete.
        """
    public init() {}

    public func check(_ edition: Edition) -> [Diagnostic] {
        guard edition.isComplete, let list = edition.checksums else { return [] }
        let present = Set(edition.files.map(\.relativePath))
        return list.entries.filter { !present.contains($0.path) }.map { entry in
            diagnostic(list.path, entry.range, "\(entry.path) is listed in SHA256SUMS but missing from the edition",
                       hint: "restore the file, or run `galley seal \(edition.path)` if it was removed on purpose")
        }
    }
}

import GalleyModel

/// CK005: an edition without `SHA256SUMS`.
public struct UnsealedEdition: EditionRule {
    public static let id: RuleID = "CK005"
    public static let defaultSeverity = Severity.note
    public static let summary = "edition is not sealed"
    public static let documentation = """
        An edition folder without `SHA256SUMS` cannot prove that its texts are the ones that were \
        checked. This note suggests `galley seal EDITION`; an archive that requires seals can raise \
        it to an error in the edition's `rules:` settings.
        """
    public init() {}

    public func check(_ edition: Edition) -> [Diagnostic] {
        guard edition.isComplete, edition.checksums == nil, !edition.documents.isEmpty else { return [] }
        return [diagnostic(edition.path, nil, "the edition has no SHA256SUMS",
                           hint: "run `galley seal \(edition.path)` once its texts check clean")]
    }
}

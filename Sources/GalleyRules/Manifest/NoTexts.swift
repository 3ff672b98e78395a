import GalleyModel

/// MD004: an edition folder with no texts.
public struct NoTexts: EditionRule {
    public static let id: RuleID = "MD004"
    public static let defaultSeverity = Severity.error
    public static let summary = "edition has no texts"
    public static let documentation = """
        Reported for an edition folder that holds no `.txt` file (and whose `edition.yaml` lists \
        none): there is nothing to check or build, which usually means the text was not committed.
        """
    public init() {}

    public func check(_ edition: Edition) -> [Diagnostic] {
        guard edition.isComplete, edition.documents.isEmpty else { return [] }
        return [diagnostic(edition.path, nil, "the edition folder holds no texts",
                           hint: "add the document as a .txt file, or list it under `texts:` in edition.yaml")]
    }
}

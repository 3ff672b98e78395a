import GalleyModel

/// HD001: the document does not open with a title line.
public struct MissingTitle: DocumentRule {
    public static let id: RuleID = "HD001"
    public static let defaultSeverity = Severity.error
    public static let summary = "title line is missing"
    public static let documentation = """
        The first line names the document (`Telegram From the Embassy in the Soviet Union to the \
        Department of State, October 26, 1962`). Reported at the start of the file when the first \
        paragraph is a `Source:` line, a dateline, a note or body text instead. Switch it off for an \
        edition with `required-headers` in edition.yaml.
        """
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        guard context.manifest.requiredHeaders.contains(.title), document.header.title == nil else { return [] }
        return [diagnostic(document.path, document.expectedLocation(after: []), "the document has no title line",
                           hint: "put the document's title on the first line, followed by a blank line")]
    }
}

import GalleyModel

/// HD003: no dateline in the header.
public struct MissingDateline: DocumentRule {
    public static let id: RuleID = "HD003"
    public static let defaultSeverity = Severity.error
    public static let summary = "dateline is missing"
    public static let documentation = """
        The header names where and when the document was written: `Moscow, October 26, 1962, 7 p.m.` \
        (or `Washington, undated.`). Reported after the citation when no header line has the shape of \
        a dateline: a place, a comma, and a date, a year or the word `undated`.
        """
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        let header = document.header
        guard context.manifest.requiredHeaders.contains(.dateline), header.dateline == nil else { return [] }
        return [diagnostic(document.path, document.expectedLocation(after: [header.title?.range, header.citation?.range]),
                           "the header has no dateline",
                           hint: "add a line such as `Moscow, October 26, 1962, 7 p.m.` or `Washington, undated.`")]
    }
}

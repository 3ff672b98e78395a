import GalleyModel

/// HD002: no `Source:` citation line in the header.
public struct MissingCitation: DocumentRule {
    public static let id: RuleID = "HD002"
    public static let defaultSeverity = Severity.error
    public static let summary = "`Source:` citation line is missing"
    public static let documentation = """
        After the title comes the published source, `Source: U.S. Department of State, FOREIGN \
        RELATIONS OF THE UNITED STATES, 1961-1963, Volume XI, …`. Without it the text cannot be \
        cited or traced. Reported after the title when no header paragraph starts with `Source:`.
        """
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        guard context.manifest.requiredHeaders.contains(.source), document.header.citation == nil else { return [] }
        return [diagnostic(document.path, document.expectedLocation(after: [document.header.title?.range]),
                           "the header has no `Source:` citation line",
                           hint: "add a line `Source: <publisher>, <series>, <volume>` after the title")]
    }
}

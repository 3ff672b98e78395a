import GalleyModel

/// What a report needs to know of a rule (the renderers do not depend on
/// the rules module; the CLI hands them this).
public struct ReportRule: Sendable, Hashable {
    public let id: RuleID
    public let defaultSeverity: Severity
    public let summary: String
    public let documentation: String
    /// `document`, `edition` or `package`.
    public let scope: String

    public init(id: RuleID, defaultSeverity: Severity, summary: String, documentation: String, scope: String) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.summary = summary
        self.documentation = documentation
        self.scope = scope
    }

    /// Where the rule is documented: the README's rules section.
    public var helpURI: String { "https://github.com/galley-editions/galley/blob/main/README.md#rules" }
}

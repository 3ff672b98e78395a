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

    /// Where the rule is documented: its anchor in the README's rules table.
    public func helpURI(documentation base: String) -> String { base + "#rule-" + id.rawValue.lowercased() }

    /// The README Galley's documentation links point at: `GALLEY_DOCS_URL`
    /// when set (a project publishing its own copy), otherwise the copy that
    /// `make install` puts in `/usr/local/share/doc/galley/`.
    public static func documentationURL(environment: [String: String]) -> String {
        if let url = environment["GALLEY_DOCS_URL"], !url.isEmpty { return url }
        return "file:///usr/local/share/doc/galley/README.md"
    }
}

import GalleyModel

/// MD003: a rule override that names no rule or gives no reason.
public struct InvalidRuleOverride: ManifestProblemRule {
    public static let id: RuleID = "MD003"
    public static let defaultSeverity = Severity.error
    public static let summary = "rule override is invalid"
    public static let documentation = """
        An edition may change a rule's severity under `rules:`, as `FN004: {severity: off, reason: \
        "the printed volume skips note 3"}`. Reported when the id is not a rule, the severity is not \
        one of `off`, `note`, `warning`, `error`, or the reason is missing: a silenced check must say why.
        """
    static let kind = ManifestProblem.Kind.badOverride
    public init() {}
}

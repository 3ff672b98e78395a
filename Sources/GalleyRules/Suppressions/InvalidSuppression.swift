import GalleyModel

/// SP001: a suppression that cannot be used: no path, rule or reason.
public struct InvalidSuppression: SuppressionRule {
    public static let id: RuleID = "SP001"
    public static let defaultSeverity = Severity.error
    public static let summary = "suppression is invalid or gives no reason"
    public static let documentation = """
        A suppression in `.galley-ignore.yaml` or under `suppressions:` in edition.yaml needs a `path` \
        glob, a `rule` id and a `reason`: a silenced finding must always say why. Reported for an entry \
        that lacks one of them, has a `line` that is not a number, or a file that is not YAML.
        """
    public init() {}

    public func check(_ set: SuppressionSet) -> [Diagnostic] {
        set.problems.map { problem in diagnostic(set.file ?? ".galley-ignore.yaml", problem.range, problem.message) }
    }
}

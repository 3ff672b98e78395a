import GalleyModel

/// SP002: a suppression that matched nothing.
public struct UnusedSuppression: SuppressionRule {
    public static let id: RuleID = "SP002"
    public static let defaultSeverity = Severity.warning
    public static let summary = "suppression no longer matches any finding"
    public static let documentation = """
        Reported at a suppression that silenced nothing in this run: the problem was fixed, the text moved, \
        or the path or rule is mistyped. Remove it, so that it cannot hide a new finding later.
        """
    public init() {}

    public func check(_ set: SuppressionSet) -> [Diagnostic] {
        zip(set.suppressions, set.matches).compactMap { suppression, count in
            guard count == 0 else { return nil }
            let line = suppression.line.map { " line \($0)" } ?? ""
            return diagnostic(suppression.file, suppression.range,
                              "the suppression of \(suppression.rule) for \(suppression.path)\(line) matches nothing",
                              hint: "remove it")
        }
    }
}

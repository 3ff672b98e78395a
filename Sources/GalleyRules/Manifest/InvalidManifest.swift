import GalleyModel

/// MD001: `edition.yaml` that cannot be read, or a value of the wrong type.
public struct InvalidManifest: ManifestProblemRule {
    public static let id: RuleID = "MD001"
    public static let defaultSeverity = Severity.error
    public static let summary = "edition.yaml is not valid"
    public static let documentation = """
        Reported when `edition.yaml` is not YAML, is not a mapping, gives a value of the wrong type \
        (`required-headers: yes`), names a header part that does not exist, or lists a text that is \
        not in the folder. The edition is then checked with the defaults.
        """
    static let kind = ManifestProblem.Kind.invalid
    public init() {}
}

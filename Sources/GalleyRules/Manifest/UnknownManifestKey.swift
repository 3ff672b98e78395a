import GalleyModel

/// MD002: a key in `edition.yaml` that Galley does not know.
public struct UnknownManifestKey: ManifestProblemRule {
    public static let id: RuleID = "MD002"
    public static let defaultSeverity = Severity.warning
    public static let summary = "edition.yaml has an unknown key"
    public static let documentation = """
        Reported at a key that is not part of the manifest, most often a typo that would otherwise \
        be silently ignored: `requried-headers:` instead of `required-headers:`.
        """
    static let kind = ManifestProblem.Kind.unknownKey
    public init() {}
}

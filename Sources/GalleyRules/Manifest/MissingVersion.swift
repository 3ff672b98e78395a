import GalleyModel

/// MD006: an edition without a version.
public struct MissingVersion: EditionRule {
    public static let id: RuleID = "MD006"
    public static let defaultSeverity = Severity.warning
    public static let summary = "edition.yaml gives no version"
    public static let documentation = """
        Books and releases are named `<slug>-<version>`, and a published version never changes, so \
        every edition meant for distribution needs `version: 1.0.0` (semantic versioning) in its \
        edition.yaml. Reported for an edition folder whose manifest is missing or has no `version`.
        """
    public init() {}

    public func check(_ edition: Edition) -> [Diagnostic] {
        guard edition.isComplete, !edition.documents.isEmpty, edition.manifest.version == nil,
              !edition.manifest.problems.contains(where: { $0.message.hasPrefix("`version`") }) else { return [] }
        return [diagnostic(edition.manifest.path ?? edition.path, nil, "the edition has no `version`",
                           hint: "add `version: 1.0.0` to edition.yaml")]
    }
}

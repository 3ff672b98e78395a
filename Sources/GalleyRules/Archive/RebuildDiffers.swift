import GalleyModel

/// AR009: a release that does not rebuild byte for byte from its own bag.
public struct RebuildDiffers: PackageRule {
    public static let id: RuleID = "AR009"
    public static let defaultSeverity = Severity.error
    public static let summary = "release does not rebuild identically from its bagged sources"
    public static let documentation = """
        With `galley verify --rebuild`, each release is rebuilt from the sources in its own bag, with the \
        release's recorded date, and compared byte for byte. Reported for each file that comes out \
        different: the release is then not reproducible from what it claims to contain (or was made by \
        another Galley version).
        """
    public init() {}

    public func check(_ package: PackageContents) -> [Diagnostic] {
        guard package.kind == .release, let rebuilt = package.rebuilt else { return [] }
        return rebuilt.keys.sorted().compactMap { name in
            guard package.files[name] != rebuilt[name] else { return nil }
            return diagnostic(package.displayPath(of: name), nil, "\(name) rebuilds differently from the release's bagged sources")
        }
    }
}

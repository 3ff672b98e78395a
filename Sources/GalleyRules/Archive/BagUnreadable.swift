import GalleyModel

/// AR001: a bag or release that cannot be read safely.
public struct BagUnreadable: PackageRule {
    public static let id: RuleID = "AR001"
    public static let defaultSeverity = Severity.error
    public static let summary = "bag or archive cannot be read safely"
    public static let documentation = """
        Reported once for a tar.gz or zip that is damaged (truncated gzip, a zip whose directory lies) or \
        that holds what a bag may not: absolute paths, `..` components, links, device files, duplicate \
        names, files beside its one top folder, or more data than a decompression-bomb bound allows. \
        Galley reads archives in memory and never extracts them to check them.
        """
    public init() {}

    public func check(_ package: PackageContents) -> [Diagnostic] {
        guard package.kind != .epub, let reason = package.readFailure else { return [] }
        return [diagnostic(package.path, nil, reason, hint: "do not extract this archive; fetch the release again")]
    }
}

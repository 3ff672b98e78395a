import GalleyModel

/// AR007: a tag file whose digest differs from the tag manifest.
public struct TagManifestMismatch: PackageRule {
    public static let id: RuleID = "AR007"
    public static let defaultSeverity = Severity.error
    public static let summary = "tag file does not match the tag manifest"
    public static let documentation = """
        `tagmanifest-sha256.txt` seals `bagit.txt`, `bag-info.txt` and the payload manifests, so that \
        changing a manifest to hide a changed file is itself caught. Reported at the tag manifest's line \
        for a tag file whose digest differs.
        """
    public init() {}

    public func check(_ package: PackageContents) -> [Diagnostic] {
        guard package.kind == .bag, package.readFailure == nil, let entries = package.manifests["tagmanifest-sha256.txt"] else { return [] }
        return entries.compactMap { line in
            guard let actual = package.sha256[line.path], actual != line.digest else { return nil }
            return diagnostic(package.displayPath(of: "tagmanifest-sha256.txt"), package.range(in: "tagmanifest-sha256.txt", line: line.line),
                              "\(line.path) has digest \(actual), but the tag manifest lists \(line.digest)")
        }
    }
}

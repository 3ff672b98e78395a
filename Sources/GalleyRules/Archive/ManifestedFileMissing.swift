import GalleyModel

/// AR004: a manifest lists a file the bag does not hold.
public struct ManifestedFileMissing: PackageRule {
    public static let id: RuleID = "AR004"
    public static let defaultSeverity = Severity.error
    public static let summary = "manifest lists a file the bag does not hold"
    public static let documentation = """
        Reported at each line of a payload or tag manifest that names a file missing from the bag, for \
        example after a file was deleted from an unpacked release. A bag must be complete.
        """
    public init() {}

    public func check(_ package: PackageContents) -> [Diagnostic] {
        guard package.kind == .bag, package.readFailure == nil else { return [] }
        var result: [Diagnostic] = []
        for manifest in ["manifest-sha256.txt", "manifest-sha512.txt", "tagmanifest-sha256.txt"] {
            guard let entries = package.manifests[manifest] else {
                if manifest == "manifest-sha256.txt" { result.append(diagnostic(package.path, nil, "the bag has no manifest-sha256.txt")) }
                continue
            }
            for line in entries where package.files[line.path] == nil {
                result.append(diagnostic(package.displayPath(of: manifest), package.range(in: manifest, line: line.line),
                                         "\(line.path) is listed but not in the bag"))
            }
        }
        return result
    }
}

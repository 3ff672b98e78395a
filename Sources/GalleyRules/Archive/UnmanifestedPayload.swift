import GalleyModel

/// AR005: a payload file that no manifest lists.
public struct UnmanifestedPayload: PackageRule {
    public static let id: RuleID = "AR005"
    public static let defaultSeverity = Severity.error
    public static let summary = "payload file is not in the manifest"
    public static let documentation = """
        Every file under `data/` must be listed in each payload manifest; anything else was added after \
        the bag was made. Reported for each such file, for example a stray `data/notes.txt`.
        """
    public init() {}

    public func check(_ package: PackageContents) -> [Diagnostic] {
        guard package.kind == .bag, package.readFailure == nil else { return [] }
        var result: [Diagnostic] = []
        for manifest in ["manifest-sha256.txt", "manifest-sha512.txt"] {
            guard let entries = package.manifests[manifest] else { continue }
            let listed = Set(entries.map(\.path))
            for file in package.files.keys.sorted() where file.hasPrefix("data/") && !listed.contains(file) {
                result.append(diagnostic(package.displayPath(of: file), nil, "\(file) is not listed in \(manifest)"))
            }
        }
        return result
    }
}

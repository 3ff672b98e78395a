import GalleyModel

/// AR008: a release folder whose files do not match its `SHA256SUMS`.
public struct ReleaseChecksumMismatch: PackageRule {
    public static let id: RuleID = "AR008"
    public static let defaultSeverity = Severity.error
    public static let summary = "release file does not match the release's SHA256SUMS"
    public static let documentation = """
        A release folder `dist/<slug>/<version>/` lists its files in `SHA256SUMS` (checkable with \
        `sha256sum -c`). Reported for a file whose digest differs, a listed file that is missing, and a \
        file that is not listed: a published release never changes.
        """
    public init() {}

    public func check(_ package: PackageContents) -> [Diagnostic] {
        guard package.kind == .release, package.readFailure == nil, let lines = package.manifests["SHA256SUMS"] else { return [] }
        var result: [Diagnostic] = []
        for line in lines {
            let range = package.range(in: "SHA256SUMS", line: line.line)
            guard let actual = package.sha256[line.path] else {
                result.append(diagnostic(package.displayPath(of: "SHA256SUMS"), range, "\(line.path) is listed but missing"))
                continue
            }
            if actual != line.digest {
                result.append(diagnostic(package.displayPath(of: "SHA256SUMS"), range,
                                         "\(line.path) has SHA-256 \(actual), but SHA256SUMS lists \(line.digest)"))
            }
        }
        let listed = Set(lines.map(\.path))
        for file in package.files.keys.sorted() where file != "SHA256SUMS" && !listed.contains(file) {
            result.append(diagnostic(package.displayPath(of: file), nil, "\(file) is not listed in the release's SHA256SUMS"))
        }
        return result
    }
}

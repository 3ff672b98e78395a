import GalleyModel

/// AR003: a payload file whose digest differs from its manifest.
public struct PayloadDigestMismatch: PackageRule {
    public static let id: RuleID = "AR003"
    public static let defaultSeverity = Severity.error
    public static let summary = "payload file does not match its manifest digest"
    public static let documentation = """
        Reported at the line of `manifest-sha256.txt` or `manifest-sha512.txt` whose digest differs from \
        the file's: one changed byte in a text, the EPUB or the metadata of a bag shows up here, naming \
        both digests.
        """
    public init() {}

    public func check(_ package: PackageContents) -> [Diagnostic] {
        guard package.kind == .bag, package.readFailure == nil else { return [] }
        var result: [Diagnostic] = []
        for (manifest, digests) in [("manifest-sha256.txt", package.sha256), ("manifest-sha512.txt", package.sha512)] {
            guard let entries = package.manifests[manifest] else { continue }
            for line in entries {
                guard let actual = digests[line.path], actual != line.digest else { continue }
                result.append(diagnostic(package.displayPath(of: manifest), package.range(in: manifest, line: line.line),
                                         "\(line.path) has digest \(actual), but the manifest lists \(line.digest)"))
            }
        }
        return result
    }
}

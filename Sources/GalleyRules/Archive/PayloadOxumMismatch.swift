import GalleyModel

/// AR006: `Payload-Oxum` that does not match the payload.
public struct PayloadOxumMismatch: PackageRule {
    public static let id: RuleID = "AR006"
    public static let defaultSeverity = Severity.error
    public static let summary = "Payload-Oxum does not match the payload"
    public static let documentation = """
        `bag-info.txt` records `Payload-Oxum: <bytes>.<files>` so that a quick look can tell a complete \
        payload from a damaged one. Reported when the line is missing or the payload under `data/` has \
        another size or number of files.
        """
    public init() {}

    public func check(_ package: PackageContents) -> [Diagnostic] {
        guard package.kind == .bag, package.readFailure == nil, let info = package.files["bag-info.txt"] else { return [] }
        let payload = package.files.filter { $0.key.hasPrefix("data/") }
        let actual = "\(payload.values.reduce(0) { $0 + $1.count }).\(payload.count)"
        let lines = String(decoding: info, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = lines.firstIndex(where: { $0.hasPrefix("Payload-Oxum:") }) else {
            return [diagnostic(package.displayPath(of: "bag-info.txt"), nil, "bag-info.txt has no Payload-Oxum (the payload is \(actual))")]
        }
        let declared = lines[index].dropFirst("Payload-Oxum:".count).trimmingCharacters(in: " \r")
        guard declared != actual else { return [] }
        return [diagnostic(package.displayPath(of: "bag-info.txt"), package.range(in: "bag-info.txt", line: index + 1),
                           "Payload-Oxum is \(declared), but the payload is \(actual) (bytes.files)")]
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

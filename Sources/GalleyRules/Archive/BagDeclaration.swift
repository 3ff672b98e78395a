import GalleyModel

/// AR002: a bag without a valid `bagit.txt`.
public struct BagDeclaration: PackageRule {
    public static let id: RuleID = "AR002"
    public static let defaultSeverity = Severity.error
    public static let summary = "bagit.txt is missing or not a BagIt declaration"
    public static let documentation = """
        RFC 8493 bags start with `bagit.txt` declaring `BagIt-Version: 1.0` and \
        `Tag-File-Character-Encoding: UTF-8`. Reported when the file is missing or does not declare both; \
        without it, nothing says the folder is a bag.
        """
    public init() {}

    public func check(_ package: PackageContents) -> [Diagnostic] {
        guard package.kind == .bag, package.readFailure == nil else { return [] }
        guard let bytes = package.files["bagit.txt"] else { return [diagnostic(package.path, nil, "the bag has no bagit.txt")] }
        let lines = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
        guard lines.contains(where: { $0.hasPrefix("BagIt-Version: ") }),
              lines.contains(where: { $0.hasPrefix("Tag-File-Character-Encoding: ") }) else {
            return [diagnostic(package.displayPath(of: "bagit.txt"), nil, "bagit.txt does not declare BagIt-Version and Tag-File-Character-Encoding")]
        }
        return []
    }
}

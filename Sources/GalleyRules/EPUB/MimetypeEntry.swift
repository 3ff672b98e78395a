import GalleyModel

/// EP002: the `mimetype` entry is not first, stored and bare.
public struct MimetypeEntry: PackageRule {
    public static let id: RuleID = "EP002"
    public static let defaultSeverity = Severity.error
    public static let summary = "`mimetype` is not the first, stored, extra-field-free entry"
    public static let documentation = """
        EPUB (OCF) requires the first zip entry to be `mimetype`, stored without compression, with no \
        extra field, holding exactly `application/epub+zip`, so that tools can recognise a book from its \
        first bytes. Reported for each way the entry falls short; a zip tool that re-packs a book often \
        breaks this.
        """
    public init() {}

    public func check(_ package: PackageContents) -> [Diagnostic] {
        guard package.kind == .epub, package.readFailure == nil else { return [] }
        guard let first = package.firstEntry, first.name == "mimetype" else {
            return [diagnostic(package.path, nil, "the first entry is \(package.firstEntry.map { "`\($0.name)`" } ?? "missing"), not `mimetype`")]
        }
        var result: [Diagnostic] = []
        if first.method != 0 { result.append(diagnostic(package.path, nil, "`mimetype` is compressed (method \(first.method)); it must be stored")) }
        if first.extraFieldLength > 0 { result.append(diagnostic(package.path, nil, "`mimetype` has an extra field of \(first.extraFieldLength) bytes")) }
        if first.flags & 0x8 != 0 { result.append(diagnostic(package.path, nil, "`mimetype` uses a data descriptor")) }
        if package.files["mimetype"] != Array("application/epub+zip".utf8) {
            result.append(diagnostic(package.path, nil, "`mimetype` does not hold exactly `application/epub+zip`"))
        }
        return result
    }
}

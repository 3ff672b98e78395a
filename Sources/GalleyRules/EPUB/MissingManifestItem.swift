import GalleyModel

/// EP004: a manifest item that is not in the book.
public struct MissingManifestItem: PackageRule {
    public static let id: RuleID = "EP004"
    public static let defaultSeverity = Severity.error
    public static let summary = "package manifest lists a file the book does not contain"
    public static let documentation = """
        Every `item` of the package document's manifest must be in the container. Reported at the \
        item's line when its `href` (resolved against the package document's folder) names no entry, \
        for example after a file was deleted from an unpacked book.
        """
    public init() {}

    public func check(_ package: PackageContents) -> [Diagnostic] {
        guard package.kind == .epub, package.readFailure == nil, let opf = package.packageDocumentPath,
              let facts = package.xml[opf], facts.problems.isEmpty else { return [] }
        return facts.elements.filter { $0.name == "item" }.compactMap { item in
            guard let href = item.attributes["href"] else { return nil }
            let target = PackagePaths.resolve(href, from: opf)
            guard package.files[target] == nil else { return nil }
            return diagnostic(package.displayPath(of: opf), package.range(in: opf, line: item.line),
                              "manifest item \(href) is not in the book")
        }
    }
}

/// Resolving relative references inside a package.
enum PackagePaths {
    /// `href` relative to the folder of `file`, with `..` and `.` folded; the fragment dropped.
    static func resolve(_ href: String, from file: String) -> String {
        let path = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        var parts = file.split(separator: "/").dropLast().map(String.init)
        for part in path.removingPercentEncoding.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    static func isExternal(_ href: String) -> Bool {
        guard let colon = href.firstIndex(of: ":") else { return false }
        return !href[..<colon].contains("/") && !href[..<colon].contains("#")
    }
}

extension String {
    var removingPercentEncoding: String {
        var bytes: [UInt8] = []
        var utf8 = Array(self.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == 0x25, utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

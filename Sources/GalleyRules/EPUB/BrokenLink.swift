import GalleyModel

/// EP006: a link inside the book that leads nowhere.
public struct BrokenLink: PackageRule {
    public static let id: RuleID = "EP006"
    public static let defaultSeverity = Severity.error
    public static let summary = "link in the book does not resolve"
    public static let documentation = """
        Every `href` in a content or navigation document that points inside the book must name a file \
        that is there and, after `#`, an `id` in it. Reported at the link's line; a footnote reference \
        `href="#note-3"` without an element `id="note-3"` is the usual case.
        """
    public init() {}

    public func check(_ package: PackageContents) -> [Diagnostic] {
        guard package.kind == .epub, package.readFailure == nil else { return [] }
        var result: [Diagnostic] = []
        for file in package.xml.keys.sorted() where file.hasSuffix(".xhtml") || file.hasSuffix(".html") {
            guard let facts = package.xml[file], facts.problems.isEmpty else { continue }
            for element in facts.elements where element.name == "a" {
                guard let href = element.attributes["href"], !href.isEmpty, !PackagePaths.isExternal(href) else { continue }
                let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let target = parts[0].isEmpty ? file : PackagePaths.resolve(String(parts[0]), from: file)
                let range = package.range(in: file, line: element.line)
                guard package.files[target] != nil else {
                    result.append(diagnostic(package.displayPath(of: file), range, "link \(href) names \(target), which is not in the book"))
                    continue
                }
                if parts.count == 2, !parts[1].isEmpty, !(package.xml[target]?.ids.contains(String(parts[1])) ?? false) {
                    result.append(diagnostic(package.displayPath(of: file), range, "link \(href) names no element with id \"\(parts[1])\" in \(target)"))
                }
            }
        }
        return result
    }
}

import GalleyModel

/// EP005: an XML file of the book that libxml2 cannot parse.
public struct MalformedXML: PackageRule {
    public static let id: RuleID = "EP005"
    public static let defaultSeverity = Severity.error
    public static let summary = "XML file in the book is not well-formed"
    public static let documentation = """
        Every XHTML, package, navigation, NCX and container file must be well-formed XML; reading \
        systems refuse the rest. Reported at the line and column libxml2 gives for each error, for \
        example an unescaped `&` or a tag that is never closed in a hand-edited chapter.
        """
    public init() {}

    public func check(_ package: PackageContents) -> [Diagnostic] {
        guard package.kind == .epub, package.readFailure == nil else { return [] }
        return package.xml.keys.sorted().flatMap { file in
            (package.xml[file]?.problems ?? []).map { problem in
                diagnostic(package.displayPath(of: file), package.range(in: file, line: problem.line, column: problem.column),
                           "not well-formed: \(problem.message)")
            }
        }
    }
}

import GalleyModel

/// EP003: `META-INF/container.xml` missing, or naming no package document that exists.
public struct ContainerDocumentProblem: PackageRule {
    public static let id: RuleID = "EP003"
    public static let defaultSeverity = Severity.error
    public static let summary = "container.xml is missing or names no package document"
    public static let documentation = """
        A reading system opens `META-INF/container.xml` to find the package document. Reported when the \
        file is missing, holds no `rootfile` with a `full-path`, or names a package document the book \
        does not contain. (A container.xml that is not well-formed is EP005.)
        """
    public init() {}

    static let path = "META-INF/container.xml"

    public func check(_ package: PackageContents) -> [Diagnostic] {
        guard package.kind == .epub, package.readFailure == nil else { return [] }
        guard package.files[Self.path] != nil else {
            return [diagnostic(package.path, nil, "the book has no \(Self.path)")]
        }
        guard let facts = package.xml[Self.path], facts.problems.isEmpty else { return [] }
        guard let rootfile = facts.elements.first(where: { $0.name == "rootfile" && $0.attributes["full-path"] != nil }),
              let target = rootfile.attributes["full-path"] else {
            return [diagnostic(package.displayPath(of: Self.path), nil, "container.xml names no rootfile with a full-path")]
        }
        guard package.files[target] != nil else {
            return [diagnostic(package.displayPath(of: Self.path), package.range(in: Self.path, line: rootfile.line),
                               "the package document \(target) is not in the book")]
        }
        return []
    }
}

extension PackageContents {
    /// The package document's path, from container.xml.
    var packageDocumentPath: String? {
        xml["META-INF/container.xml"]?.elements.first { $0.name == "rootfile" }?.attributes["full-path"]
    }
}

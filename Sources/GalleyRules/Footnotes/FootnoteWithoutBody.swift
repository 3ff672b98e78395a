import GalleyModel

/// FN001: a footnote reference whose note body is nowhere in the document.
public struct FootnoteWithoutBody: DocumentRule {
    public static let id: RuleID = "FN001"
    public static let defaultSeverity = Severity.error
    public static let summary = "footnote reference has no note body"
    public static let documentation = """
        Reported at the first reference `/n/` for which no paragraph starting with `/n/` exists. \
        A reader would follow the note and find nothing, and the EPUB could not link it. Example: \
        `I have received your letter of October 25./3/` with no `/3/…` paragraph anywhere in the file.
        """
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        let bodies = Set(document.footnoteBodies.map(\.number))
        var reported = Set<Int>()
        return document.footnoteReferences.compactMap { reference in
            guard !bodies.contains(reference.number), reported.insert(reference.number).inserted else { return nil }
            return diagnostic(document.path, reference.range, "footnote /\(reference.label)/ has no body",
                              hint: "add a paragraph starting /\(reference.label)/ after this one, or remove the marker")
        }
    }
}

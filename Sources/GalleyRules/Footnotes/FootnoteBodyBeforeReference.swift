import GalleyModel

/// FN005: a note body that comes before the first reference to it.
public struct FootnoteBodyBeforeReference: DocumentRule {
    public static let id: RuleID = "FN005"
    public static let defaultSeverity = Severity.error
    public static let summary = "footnote body comes before its first reference"
    public static let documentation = """
        In the convention a note body follows the paragraph that refers to it. Reported at a \
        paragraph `/n/…` that stands before the first `/n/` marker, which usually means notes were \
        pasted in the wrong place. Example: `/1/See Document 68.` placed above `…October 25./1/`.
        """
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        var firstReference: [Int: FootnoteReference] = [:]
        for reference in document.footnoteReferences where firstReference[reference.number] == nil {
            firstReference[reference.number] = reference
        }
        return document.footnoteBodies.compactMap { body in
            guard let reference = firstReference[body.number], body.range.start < reference.range.start else { return nil }
            return diagnostic(document.path, body.markerRange,
                              "footnote body /\(body.label)/ comes before its first reference on line \(reference.range.start.line)",
                              hint: "move the note after the paragraph that refers to it")
        }
    }
}

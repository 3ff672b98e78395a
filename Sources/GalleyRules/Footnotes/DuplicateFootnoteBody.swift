import GalleyModel

/// FN003: two note bodies with the same number.
public struct DuplicateFootnoteBody: DocumentRule {
    public static let id: RuleID = "FN003"
    public static let defaultSeverity = Severity.error
    public static let summary = "two footnote bodies have the same number"
    public static let documentation = """
        Reported at the second (and any later) paragraph starting `/n/` when an earlier one has \
        the same number: references to `/n/` would be ambiguous. Example: two paragraphs that \
        both start `/2/`.
        """
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        var firstLine: [Int: Int] = [:]
        return document.footnoteBodies.compactMap { body in
            guard let line = firstLine[body.number] else {
                firstLine[body.number] = body.range.start.line
                return nil
            }
            return diagnostic(document.path, body.markerRange,
                              "footnote body /\(body.label)/ repeats the body on line \(line)",
                              hint: "renumber one of the notes, or merge them")
        }
    }
}

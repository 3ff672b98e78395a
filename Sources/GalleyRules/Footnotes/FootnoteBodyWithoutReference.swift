import GalleyModel

/// FN002: a note body that no marker in the text refers to.
public struct FootnoteBodyWithoutReference: DocumentRule {
    public static let id: RuleID = "FN002"
    public static let defaultSeverity = Severity.error
    public static let summary = "footnote body is never referred to"
    public static let documentation = """
        Reported at a paragraph starting `/n/` when no `/n/` marker occurs in the running text, \
        the source note or another note. Usually the marker was lost in transcription. Example: \
        a paragraph `/4/Not found.` in a document whose text has no `/4/`.
        """
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        let referenced = Set(document.footnoteReferences.map(\.number))
        var reported = Set<Int>()
        return document.footnoteBodies.compactMap { body in
            guard !referenced.contains(body.number), reported.insert(body.number).inserted else { return nil }
            return diagnostic(document.path, body.markerRange, "footnote body /\(body.label)/ is never referred to",
                              hint: "restore the /\(body.label)/ marker where the note belongs, or remove the note")
        }
    }
}

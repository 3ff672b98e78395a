import GalleyModel

/// LY002: a file that ends mid-sentence inside an open `Begin text.` block.
public struct TruncatedText: DocumentRule {
    public static let id: RuleID = "LY002"
    public static let defaultSeverity = Severity.error
    public static let summary = "text looks truncated"
    public static let documentation = """
        Reported at the end of a file whose last paragraph stops mid-sentence (no closing \
        punctuation) while a `Begin text.` block is still open: the classic sign of a transfer or \
        copy that was cut off. Example: a file ending `…and then it will be necessary to` with no \
        `End text.` after it.
        """
    public init() {}

    static let closingCharacters: Set<Character> = [".", "!", "?", ":", ";", "\"", "'", ")", "]", "\u{201D}", "\u{2019}", "\u{2026}"]

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        var open: EmbeddedTextMarker?
        for marker in document.embeddedTextMarkers { open = marker.kind == .begin ? marker : nil }
        guard let open, case .paragraph(let last)? = document.blocks.last,
              let final = last.content.plainText.last, !Self.closingCharacters.contains(final) else { return [] }
        return [diagnostic(document.path, SourceRange(start: last.range.end, end: last.range.end),
                           "the text ends mid-sentence inside the `\(open.text)` block opened on line \(open.range.start.line)",
                           hint: "the file looks truncated; compare it with the source")]
    }
}

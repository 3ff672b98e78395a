import GalleyModel

/// HD006: `Begin text.` without a matching `End text.`.
public struct UnclosedEmbeddedText: DocumentRule {
    public static let id: RuleID = "HD006"
    public static let defaultSeverity = Severity.error
    public static let summary = "`Begin text.` has no matching `End text.`"
    public static let documentation = """
        A telegram that quotes a letter in full marks it `Begin text.` … `End text.`. Reported at a \
        `Begin text.` that is never closed, or that is followed by another `Begin text.` before its \
        `End text.`; the end of the quoted letter is then unknown.
        """
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        var open: EmbeddedTextMarker?
        var result: [Diagnostic] = []
        for marker in document.embeddedTextMarkers {
            switch marker.kind {
            case .begin:
                if let open { result.append(report(open, document, reason: "another begins on line \(marker.range.start.line) before it ends")) }
                open = marker
            case .end:
                open = nil
            }
        }
        if let open { result.append(report(open, document, reason: "the document ends before `End text.`")) }
        return result
    }

    private func report(_ marker: EmbeddedTextMarker, _ document: Document, reason: String) -> Diagnostic {
        diagnostic(document.path, marker.range, "`\(marker.text)` is never closed: \(reason)",
                   hint: "add `End text.` where the quoted text ends")
    }
}

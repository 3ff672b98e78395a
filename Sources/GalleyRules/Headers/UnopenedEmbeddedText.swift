import GalleyModel

/// HD007: `End text.` without a `Begin text.` before it.
public struct UnopenedEmbeddedText: DocumentRule {
    public static let id: RuleID = "HD007"
    public static let defaultSeverity = Severity.error
    public static let summary = "`End text.` has no `Begin text.` before it"
    public static let documentation = """
        Reported at an `End text.` (alone or ending a paragraph, as in `October 26, 1962. End text.`) \
        when no `Begin text.` is open before it: the start of the quoted text was lost or mistyped.
        """
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        var isOpen = false
        var result: [Diagnostic] = []
        for marker in document.embeddedTextMarkers {
            switch marker.kind {
            case .begin: isOpen = true
            case .end:
                if !isOpen {
                    result.append(diagnostic(document.path, marker.range, "`\(marker.text)` closes no `Begin text.`",
                                             hint: "add `Begin text.` where the quoted text starts"))
                }
                isOpen = false
            }
        }
        return result
    }
}

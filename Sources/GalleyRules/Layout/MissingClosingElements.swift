import GalleyModel

/// LY003: a text that lacks the closing elements its sibling texts have.
public struct MissingClosingElements: EditionRule {
    public static let id: RuleID = "LY003"
    public static let defaultSeverity = Severity.warning
    public static let summary = "text lacks the closing elements the edition's other texts have"
    public static let documentation = """
        In an edition of several texts (an exchange of letters), when every other text has a \
        `/s/` signature or closes its `Begin text.` block and this one does not, it was probably cut \
        off at the end. Reported at the end of that file.
        """
    public init() {}

    public func check(_ edition: Edition) -> [Diagnostic] {
        let texts = edition.documents.filter(\.isText)
        guard texts.count >= 2 else { return [] }
        var result: [Diagnostic] = []
        for document in texts {
            let others = texts.filter { $0.path != document.path }
            var missing: [String] = []
            if document.signatures.isEmpty, others.allSatisfy({ !$0.signatures.isEmpty }) {
                missing.append("a `/s/` signature")
            }
            let closes = { (doc: Document) in doc.embeddedTextMarkers.contains { $0.kind == .end } }
            if !closes(document), others.allSatisfy(closes) {
                missing.append("`End text.`")
            }
            guard !missing.isEmpty else { continue }
            result.append(diagnostic(document.path, document.endRange,
                                     "every other text of this edition has \(missing.joined(separator: " and ")), this one does not",
                                     hint: "the file may be truncated; compare it with the source"))
        }
        return result
    }
}

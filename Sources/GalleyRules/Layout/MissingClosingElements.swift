import GalleyModel

/// LY003: a text that lacks the closing elements its sibling texts have.
public struct MissingClosingElements: EditionRule {
    public static let id: RuleID = "LY003"
    public static let defaultSeverity = Severity.warning
    public static let summary = "text lacks the closing elements the edition's other texts have"
    public static let documentation = """
        In an edition of several texts (an exchange of letters), when every other text closes \
        with a `/s/` signature and this one has none, it was probably cut off at the end. Reported \
        after the last paragraph of that file.
        """
    public init() {}

    public func check(_ edition: Edition) -> [Diagnostic] {
        let texts = edition.documents.filter(\.isText)
        guard texts.count >= 2 else { return [] }
        return texts.compactMap { document in
            let others = texts.filter { $0.path != document.path }
            guard document.signatures.isEmpty, others.allSatisfy({ !$0.signatures.isEmpty }) else { return nil }
            let end = document.blocks.last?.range.end ?? document.source.endLocation
            return diagnostic(document.path, SourceRange(start: end, end: end),
                              "every other text of this edition ends with a `/s/` signature, this one has none",
                              hint: "the file may be truncated; compare it with the source")
        }
    }
}

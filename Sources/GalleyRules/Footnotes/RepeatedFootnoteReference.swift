import GalleyModel

/// FN006: the same note referred to more than once.
public struct RepeatedFootnoteReference: DocumentRule {
    public static let id: RuleID = "FN006"
    public static let defaultSeverity = Severity.warning
    public static let summary = "footnote is referred to more than once"
    public static let documentation = """
        Reported at every reference `/n/` after the first one with the same number. Printed \
        editions refer to each note once; a repeat is usually a typo for the next number. \
        Example: `…October 25./1/` and later `…of the world/1/`.
        """
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        var firstLine: [Int: Int] = [:]
        return document.footnoteReferences.compactMap { reference in
            guard let line = firstLine[reference.number] else {
                firstLine[reference.number] = reference.range.start.line
                return nil
            }
            return diagnostic(document.path, reference.range,
                              "footnote /\(reference.label)/ is already referred to on line \(line)",
                              hint: "if this is a new note, give it its own number")
        }
    }
}

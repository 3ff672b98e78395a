import GalleyModel

/// FN004: footnote numbers that skip a number or go backwards.
public struct FootnoteNumberingGap: DocumentRule {
    public static let id: RuleID = "FN004"
    public static let defaultSeverity = Severity.warning
    public static let summary = "footnote numbering has a gap or is out of order"
    public static let documentation = """
        Notes are numbered 1, 2, 3 … in the order they are first referred to. Reported where a \
        number first appears after a higher one (out of order) or skips numbers (a gap, often a \
        lost note). Example: references `/1/`, `/2/`, `/4/` (note 3 is missing), or `/2/` before `/1/`.
        """
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        var seen = Set<Int>()
        var highest = 0
        var result: [Diagnostic] = []
        for reference in document.footnoteReferences where seen.insert(reference.number).inserted {
            let number = reference.number
            if number < highest {
                result.append(diagnostic(document.path, reference.range,
                                         "footnote /\(reference.label)/ is first referred to after /\(highest)/",
                                         hint: "notes are numbered in the order of their first reference"))
            } else if number > highest + 1 {
                let missing = number == highest + 2 ? "/\(highest + 1)/ is" : "/\(highest + 1)/ to /\(number - 1)/ are"
                result.append(diagnostic(document.path, reference.range,
                                         highest == 0 ? "the first footnote is /\(reference.label)/: \(missing) missing" : "footnote /\(reference.label)/ follows /\(highest)/: \(missing) missing",
                                         hint: "check the source for a lost note marker"))
            }
            highest = max(highest, number)
        }
        return result
    }
}

import GalleyModel

/// FN007: a footnote number that is zero or written with leading zeros.
public struct UnusualFootnoteNumber: DocumentRule {
    public static let id: RuleID = "FN007"
    public static let defaultSeverity = Severity.warning
    public static let summary = "footnote number is 0 or has leading zeros"
    public static let documentation = """
        Notes are numbered from 1 without padding. Reported at a marker or note body such as \
        `/0/` or `/07/`, which usually comes from a damaged scan or a slash-separated number \
        that is not a note at all.
        """
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        let markers = document.footnoteReferences.map { ($0.label, $0.range) }
            + document.footnoteBodies.map { ($0.label, $0.markerRange) }
        return markers.filter { label, _ in label.hasPrefix("0") }
            .sorted { $0.1.start < $1.1.start }
            .map { label, range in
                diagnostic(document.path, range, "footnote number /\(label)/ is 0 or has leading zeros",
                           hint: "notes are numbered 1, 2, 3 …")
            }
    }
}

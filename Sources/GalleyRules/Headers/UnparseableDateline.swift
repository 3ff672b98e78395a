import GalleyModel

/// HD004: a dateline whose date cannot be read.
public struct UnparseableDateline: DocumentRule {
    public static let id: RuleID = "HD004"
    public static let defaultSeverity = Severity.error
    public static let summary = "dateline's date cannot be parsed"
    public static let documentation = """
        The date in the dateline is what the edition's metadata is dated by. Reported when the \
        dateline names no date Galley can read, or a day that does not exist: `Moscow, Octobr 26, 1962` \
        or `Washington, February 30, 1962`. Accepted forms: `October 26, 1962`, `Oct. 26, 1962`, \
        `26 October 1962`, `1962-10-26`, or the word `undated`.
        """
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        guard let dateline = document.header.dateline, dateline.date == nil, !dateline.isUndated else { return [] }
        return [diagnostic(document.path, dateline.range, "the date in the dateline \"\(dateline.text)\" cannot be parsed",
                           hint: "write it as `October 26, 1962`, or `undated` when the source gives no date")]
    }
}

import GalleyModel

/// EN002: a UTF-8 byte-order mark at the start of the file.
public struct ByteOrderMark: DocumentRule {
    public static let id: RuleID = "EN002"
    public static let defaultSeverity = Severity.warning
    public static let summary = "file starts with a byte-order mark"
    public static let documentation = """
        Reported when a file starts with the bytes EF BB BF. UTF-8 needs no byte-order mark; tools \
        such as `cat`, `grep ^Title` and checksum comparisons then see an invisible character before \
        the title. Galley reads past it.
        """
    public static let runsOnNonText = true
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        guard document.source.hasByteOrderMark else { return [] }
        let start = SourceLocation(line: 1, column: 1, offset: 0)
        return [diagnostic(document.path, SourceRange(start: start, end: start), "the file starts with a UTF-8 byte-order mark",
                           hint: "save the file as UTF-8 without BOM")]
    }
}

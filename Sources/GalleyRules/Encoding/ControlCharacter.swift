import GalleyModel

/// EN003: NUL and other control characters in the text.
public struct ControlCharacter: DocumentRule {
    public static let id: RuleID = "EN003"
    public static let defaultSeverity = Severity.error
    public static let summary = "NUL or other control character"
    public static let documentation = """
        Reported at each C0 or C1 control character other than tab, line feed and carriage return: \
        NUL (U+0000), form feed, escape, DEL, U+0080–U+009F. They are invisible in most editors, break \
        XML output, and usually mean a damaged file or a mis-decoded Windows-1252 quote.
        """
    public static let runsOnNonText = true
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        let all = document.source.controlCharacters.map { control in
            let name = control.scalar.value == 0 ? "NUL (U+0000)" : "control character \(codePoint(control.scalar))"
            return diagnostic(document.path, SourceRange(start: control.location, end: control.location),
                              "\(name) in the text", hint: "remove it, or find out what character the source meant")
        }
        return ReportLimit.capped(all) { more in
            diagnostic(document.path, nil, "\(more) more control characters in this file are not listed")
        }
    }
}

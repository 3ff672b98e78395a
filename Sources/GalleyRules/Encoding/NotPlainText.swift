import GalleyModel

/// EN005: a file that is not plain text at all.
public struct NotPlainText: DocumentRule {
    public static let id: RuleID = "EN005"
    public static let defaultSeverity = Severity.error
    public static let summary = "file is not plain UTF-8 text"
    public static let documentation = """
        Reported once for a file that is not a text file: an image, PDF or archive named `.txt`, a \
        UTF-16 or UTF-32 file, or one that is mostly NUL bytes. No other rule looks at such a file.
        """
    public static let runsOnNonText = true
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        guard case .notText(let reason) = document.source.encoding else { return [] }
        return [diagnostic(document.path, nil, reason, hint: "sources must be plain UTF-8 text")]
    }
}

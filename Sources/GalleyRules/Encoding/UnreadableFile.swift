import GalleyModel

/// EN006: a text file that could not be read.
public struct UnreadableFile: DocumentRule {
    public static let id: RuleID = "EN006"
    public static let defaultSeverity = Severity.error
    public static let summary = "file cannot be read"
    public static let documentation = """
        Reported for a text of an edition that Galley cannot open or read: missing permissions, a \
        folder named like a text, a file larger than Galley reads, or an I/O error. The other files \
        of the run are still checked.
        """
    public static let runsOnNonText = true
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        guard case .unreadable(let reason) = document.source.encoding else { return [] }
        return [diagnostic(document.path, nil, "the file cannot be read: \(reason)")]
    }
}

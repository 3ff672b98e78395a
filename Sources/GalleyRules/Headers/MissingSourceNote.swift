import GalleyModel

/// HD005: no `//Source:` note.
public struct MissingSourceNote: DocumentRule {
    public static let id: RuleID = "HD005"
    public static let defaultSeverity = Severity.warning
    public static let summary = "`//Source:` note is missing"
    public static let documentation = """
        The editors' source note (`//Source: Kennedy Library, President's Office Files, …`) says \
        which archival copy was transcribed and how it was classified. Many copies lack it, so this \
        is a warning. Reported after the dateline when the paragraph after the header does not start \
        with `//Source:`.
        """
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        let header = document.header
        guard context.manifest.requiredHeaders.contains(.sourceNote), header.sourceNote == nil else { return [] }
        return [diagnostic(document.path,
                           document.expectedLocation(after: [header.title?.range, header.citation?.range, header.dateline?.range]),
                           "the header has no `//Source:` note",
                           hint: "add the editors' source note as a paragraph starting `//Source:`")]
    }
}

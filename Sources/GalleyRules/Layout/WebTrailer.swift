import GalleyModel

/// LY001: navigation lines from a web page after the document.
public struct WebTrailer: DocumentRule {
    public static let id: RuleID = "LY001"
    public static let defaultSeverity = Severity.note
    public static let summary = "web-page trailer recognised and left out of the content"
    public static let documentation = """
        Copies saved from web pages often end with navigation such as `Return To Vinnie's Home Page` \
        and `Return to Cuban Missile Crisis Page`. Galley keeps those lines in the source (texts are \
        evidence) but leaves them out of books and counts; this note says where the trailer starts.
        """
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        guard let trailer = document.trailer else { return [] }
        let count = trailer.lines.count
        return [diagnostic(document.path, trailer.lines[0].range,
                           "\(count) line\(count == 1 ? "" : "s") of web-page navigation from here on \(count == 1 ? "is" : "are") not part of the document")]
    }
}

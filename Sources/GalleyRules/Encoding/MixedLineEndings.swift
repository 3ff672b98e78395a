import GalleyModel

/// EN004: a file that mixes LF, CRLF and CR line endings.
public struct MixedLineEndings: DocumentRule {
    public static let id: RuleID = "EN004"
    public static let defaultSeverity = Severity.warning
    public static let summary = "file mixes line endings"
    public static let documentation = """
        A file may use LF or CRLF, but one of them throughout. Reported at the first line whose \
        ending differs from the first line's, with the count of each kind: mixed endings come from \
        pasting between systems and make diffs and checksums noisy.
        """
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        let ended = document.source.lines.filter { $0.ending != .none }
        guard let first = ended.first, let odd = ended.first(where: { $0.ending != first.ending }) else { return [] }
        var counts: [LineEnding: Int] = [:]
        for line in ended { counts[line.ending, default: 0] += 1 }
        let summary = [LineEnding.lf, .crlf, .cr].compactMap { ending in counts[ending].map { "\(ending.rawValue) ×\($0)" } }
        let end = odd.location(utf8Offset: odd.text.utf8.count)
        return [diagnostic(document.path, SourceRange(start: end, end: end),
                           "line \(odd.number) ends with \(odd.ending.rawValue), but line \(first.number) ends with \(first.ending.rawValue) (\(summary.joined(separator: ", ")))",
                           hint: "convert the file to one kind of line ending")]
    }
}

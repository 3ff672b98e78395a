/// A parsed `SHA256SUMS` file in the format `sha256sum -c` reads:
/// `<64 hex digits><space><space or *><path>` per line.
public struct ChecksumList: Sendable {
    public struct Entry: Sendable, Hashable {
        /// Lower-case hex.
        public let digest: String
        public let path: String
        public let range: SourceRange
        public init(digest: String, path: String, range: SourceRange) {
            self.digest = digest
            self.path = path
            self.range = range
        }
    }

    /// The list's own path, as the user named it.
    public let path: String
    public let entries: [Entry]
    /// Lines that are not in the format, with their ranges.
    public let malformedLines: [TextSpan]
    /// The list's lines, for showing findings in context.
    public let source: SourceText

    public init(path: String, entries: [Entry], malformedLines: [TextSpan], source: SourceText) {
        self.path = path
        self.entries = entries
        self.malformedLines = malformedLines
        self.source = source
    }
}

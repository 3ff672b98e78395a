import GalleyModel

extension Document {
    /// A zero-width range where a missing header part was expected: right
    /// after the header part before it, or at the start of the file.
    func expectedLocation(after parts: [SourceRange?]) -> SourceRange {
        if let previous = parts.compactMap({ $0 }).last {
            return SourceRange(start: previous.end, end: previous.end)
        }
        let start = SourceLocation(line: 1, column: 1, offset: source.hasByteOrderMark ? 3 : 0)
        return SourceRange(start: start, end: start)
    }

    /// A zero-width range at the end of the file.
    var endRange: SourceRange {
        let end = source.endLocation
        return SourceRange(start: end, end: end)
    }
}

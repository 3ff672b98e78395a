/// A point in a source file.
///
/// Lines and columns are 1-based, as compilers and editors print them; the
/// column counts Unicode scalars (an invalid byte counts as one), and the
/// byte offset is 0-based from the start of the file, so tools that seek in
/// the raw bytes and humans reading `file:line:col` both get what they need.
public struct SourceLocation: Hashable, Comparable, Sendable, Codable {
    public let line: Int
    public let column: Int
    public let offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column, lhs.offset) < (rhs.line, rhs.column, rhs.offset)
    }
}

/// A half-open span `[start, end)` of one source file.
public struct SourceRange: Hashable, Sendable, Codable {
    public let start: SourceLocation
    public let end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        precondition(start <= end, "a source range must not end before it starts")
        self.start = start
        self.end = end
    }

    /// The smallest range that covers both ranges.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }
}

/// The decoded lines of one source file, with the facts about its bytes
/// that the encoding rules need.
///
/// The reader decodes the bytes exactly once; rules and renderers ask this
/// type for lines and locations instead of touching the file again. Invalid
/// UTF-8 bytes are shown as U+FFFD here, but the source file is never
/// changed: ``invalidBytes`` remembers where each one was.
public struct SourceText: Sendable {
    /// The path as the user named it (for example `Editions/x/text.txt`).
    public let path: String
    public let lines: [SourceLine]
    public let byteCount: Int
    public let encoding: Encoding
    /// Where the file starts with a UTF-8 byte-order mark.
    public let hasByteOrderMark: Bool
    public let invalidBytes: [InvalidByte]
    public let controlCharacters: [ControlCharacter]

    public init(
        path: String, lines: [SourceLine], byteCount: Int, encoding: Encoding,
        hasByteOrderMark: Bool, invalidBytes: [InvalidByte], controlCharacters: [ControlCharacter]
    ) {
        self.path = path
        self.lines = lines
        self.byteCount = byteCount
        self.encoding = encoding
        self.hasByteOrderMark = hasByteOrderMark
        self.invalidBytes = invalidBytes
        self.controlCharacters = controlCharacters
    }

    /// The text of a 1-based line, or `nil` past the end.
    public func line(_ number: Int) -> SourceLine? {
        lines.indices.contains(number - 1) ? lines[number - 1] : nil
    }

    /// The location of the end of the file.
    public var endLocation: SourceLocation {
        guard let last = lines.last else { return SourceLocation(line: 1, column: 1, offset: byteCount) }
        return last.location(utf8Offset: last.text.utf8.count)
    }

    // MARK: - Nested types

    /// How the bytes were understood.
    public enum Encoding: Sendable, Equatable {
        /// UTF-8 (or its ASCII subset), possibly with invalid bytes.
        case utf8
        /// Not a plain-text file at all; the reason names what it looked like.
        case notText(reason: String)
        /// The file could not be read (permissions, a folder named `.txt`).
        case unreadable(reason: String)
    }

    /// A byte that is not part of a valid UTF-8 sequence.
    public struct InvalidByte: Sendable, Hashable {
        public let location: SourceLocation
        public let value: UInt8
        public init(location: SourceLocation, value: UInt8) {
            self.location = location
            self.value = value
        }
    }

    /// A C0 or C1 control character other than tab, line feed and carriage return.
    public struct ControlCharacter: Sendable, Hashable {
        public let location: SourceLocation
        public let scalar: Unicode.Scalar
        public init(location: SourceLocation, scalar: Unicode.Scalar) {
            self.location = location
            self.scalar = scalar
        }
    }
}

/// One line of a source file, without its terminator.
public struct SourceLine: Sendable {
    public let number: Int
    /// The decoded text (invalid bytes appear as U+FFFD).
    public let text: String
    /// Byte offset of the line's first byte in the file.
    public let byteOffset: Int
    public let ending: LineEnding
    /// For a line that held invalid bytes: the source byte offset (relative
    /// to the line) of each UTF-8 byte of ``text``, plus one entry for the
    /// end. `nil` when the decoded bytes are the source bytes.
    let sourceOffsets: [Int]?
    /// Every byte is ASCII, so a column is the UTF-8 offset plus one; this
    /// keeps locating a node O(1) on the common line.
    let isASCII: Bool

    public init(number: Int, text: String, byteOffset: Int, ending: LineEnding, sourceOffsets: [Int]? = nil, isASCII: Bool? = nil) {
        self.number = number
        self.text = text
        self.byteOffset = byteOffset
        self.ending = ending
        self.sourceOffsets = sourceOffsets
        let ascii = isASCII ?? text.utf8.allSatisfy { $0 < 0x80 }
        self.isASCII = ascii
        // On a long line with non-ASCII text, remember the column at every
        // 256th byte, so that locating a node costs at most 256 steps, not
        // a scan from the start of the line (a 10 MB line stays linear).
        if !ascii, text.utf8.count > Self.checkpointStride {
            var checkpoints: [Int] = [1]
            var column = 1
            for (offset, byte) in text.utf8.enumerated() {
                if offset > 0, offset % Self.checkpointStride == 0 { checkpoints.append(column) }
                if byte & 0xC0 != 0x80 { column += 1 }
            }
            columnCheckpoints = checkpoints
        } else {
            columnCheckpoints = nil
        }
    }

    static let checkpointStride = 256
    /// Columns at every ``checkpointStride``-th UTF-8 offset of long non-ASCII lines.
    let columnCheckpoints: [Int]?

    /// The location of a UTF-8 offset into ``text``.
    public func location(utf8Offset: Int) -> SourceLocation {
        if isASCII { return SourceLocation(line: number, column: utf8Offset + 1, offset: byteOffset + utf8Offset) }
        let utf8 = text.utf8
        var column = 1
        var index = utf8.startIndex
        if let checkpoints = columnCheckpoints {
            let block = min(utf8Offset / Self.checkpointStride, checkpoints.count - 1)
            column = checkpoints[block]
            index = utf8.index(index, offsetBy: block * Self.checkpointStride)
        }
        let end = utf8.index(utf8.startIndex, offsetBy: utf8Offset)
        while index < end {
            if utf8[index] & 0xC0 != 0x80 { column += 1 }
            index = utf8.index(after: index)
        }
        let relative = sourceOffsets.map { $0[utf8Offset] } ?? utf8Offset
        return SourceLocation(line: number, column: column, offset: byteOffset + relative)
    }

    /// The range of a UTF-8 span of ``text``.
    public func range(utf8From start: Int, to end: Int) -> SourceRange {
        SourceRange(start: location(utf8Offset: start), end: location(utf8Offset: end))
    }

    /// The range of the whole line (without its terminator).
    public var fullRange: SourceRange { range(utf8From: 0, to: text.utf8.count) }
}

/// How a line ends.
public enum LineEnding: String, Sendable, Codable {
    case lf = "LF"
    case crlf = "CRLF"
    case cr = "CR"
    /// The last line of a file that does not end with a newline.
    case none
}

extension SourceLine {
    /// The location of a 1-based column (in Unicode scalars); past the end
    /// of the line, the end.
    public func location(column: Int) -> SourceLocation {
        var offset = 0
        var remaining = column - 1
        for scalar in text.unicodeScalars {
            guard remaining > 0 else { break }
            offset += UTF8.width(scalar)
            remaining -= 1
        }
        return location(utf8Offset: offset)
    }
}

extension SourceText {
    /// A source that stands for a file that could not be read.
    public static func unreadable(path: String, reason: String) -> SourceText {
        SourceText(path: path, lines: [], byteCount: 0, encoding: .unreadable(reason: reason),
                   hasByteOrderMark: false, invalidBytes: [], controlCharacters: [])
    }
}

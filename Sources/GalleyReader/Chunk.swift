import GalleyModel

/// A run of non-blank lines (a paragraph as written), trimmed of outer
/// spaces, that the reader classifies into header parts or body blocks.
struct Chunk {
    /// One line of the chunk and the UTF-8 span of it that belongs to the chunk.
    struct Slice {
        let line: SourceLine
        let bytes: [UInt8]
        var start: Int
        var end: Int

        var isEmpty: Bool { start >= end }
        var text: String { String(decoding: bytes[start..<end], as: UTF8.self) }
        var range: SourceRange { line.range(utf8From: start, to: end) }

        /// Moves `start` past spaces and tabs, and `end` before them.
        mutating func trim() {
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        }
    }

    var slices: [Slice]

    init(lines: [SourceLine]) {
        slices = lines.map { line in
            let bytes = Array(line.text.utf8)
            var slice = Slice(line: line, bytes: bytes, start: 0, end: bytes.count)
            slice.trim()
            return slice
        }
    }

    var isEmpty: Bool { slices.allSatisfy(\.isEmpty) }
    var isSingleLine: Bool { slices.count == 1 }
    /// The chunk's text with its lines joined by single spaces.
    var text: String { slices.filter { !$0.isEmpty }.map(\.text).joined(separator: " ") }
    var range: SourceRange {
        let first = slices.first(where: { !$0.isEmpty }) ?? slices[0]
        let last = slices.last(where: { !$0.isEmpty }) ?? slices[slices.count - 1]
        return SourceRange(start: first.line.location(utf8Offset: first.start), end: last.line.location(utf8Offset: last.end))
    }

    /// Drops empty slices at either end (left behind after cutting a marker off).
    mutating func dropEmptyEdges() {
        while let first = slices.first, first.isEmpty { slices.removeFirst() }
        while let last = slices.last, last.isEmpty { slices.removeLast() }
    }

    // MARK: - Prefix and suffix tests on the trimmed text

    /// Whether the first line starts with `prefix`, ASCII case ignored.
    func hasPrefix(_ prefix: String, ignoringCase: Bool = false) -> Bool {
        guard let first = slices.first else { return false }
        return first.matches(prefix, at: first.start, ignoringCase: ignoringCase)
    }
}

extension Chunk.Slice {
    /// Whether the bytes at `offset` spell `word` (ASCII case ignored when asked).
    func matches(_ word: String, at offset: Int, ignoringCase: Bool) -> Bool {
        let pattern = Array(word.utf8)
        guard offset >= 0, offset + pattern.count <= end else { return false }
        for (step, expected) in pattern.enumerated() {
            let actual = bytes[offset + step]
            if ignoringCase ? asciiLower(actual) != asciiLower(expected) : actual != expected { return false }
        }
        return true
    }

    /// If a footnote marker `/digits/` stands at `offset`, its number, digits and end offset.
    func footnoteMarker(at offset: Int) -> (number: Int, label: String, end: Int)? {
        guard offset < end, bytes[offset] == 0x2F else { return nil }
        var cursor = offset + 1
        while cursor < end, isDigit(bytes[cursor]) { cursor += 1 }
        let digitCount = cursor - offset - 1
        guard (1...FootnoteSyntax.maximumDigits).contains(digitCount), cursor < end, bytes[cursor] == 0x2F else { return nil }
        let label = String(decoding: bytes[(offset + 1)..<cursor], as: UTF8.self)
        guard let number = Int(label) else { return nil }
        return (number, label, cursor + 1)
    }
}

/// The shape of footnote markers.
enum FootnoteSyntax {
    /// Longer digit runs between slashes are not markers (`/12345678901/`).
    static let maximumDigits = 6
}

func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
func asciiLower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }

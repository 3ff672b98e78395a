import GalleyModel

/// Turns raw bytes into a ``SourceText`` in one pass: splits lines (LF,
/// CRLF, CR), validates UTF-8, and notes byte-order marks, invalid bytes and
/// control characters as facts for the encoding rules.
///
/// Decoding never stops at a bad byte: the rest of the file is still read,
/// so one damaged character does not hide every other finding.
public enum SourceDecoder {
    /// How many leading bytes are sampled to tell text from binary.
    static let sampleSize = 8192

    public static func decode(_ bytes: [UInt8], path: String) -> SourceText {
        if let reason = notTextReason(bytes) {
            return SourceText(
                path: path, lines: [], byteCount: bytes.count, encoding: .notText(reason: reason),
                hasByteOrderMark: false, invalidBytes: [], controlCharacters: []
            )
        }
        var state = State()
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
                state.hasByteOrderMark = true
                start = 3
            }
            var lineStart = start
            var index = start
            while index < buffer.count {
                let byte = buffer[index]
                if byte == 0x0A {
                    state.finishLine(buffer, from: lineStart, to: index, ending: .lf)
                    index += 1
                    lineStart = index
                } else if byte == 0x0D {
                    let crlf = index + 1 < buffer.count && buffer[index + 1] == 0x0A
                    state.finishLine(buffer, from: lineStart, to: index, ending: crlf ? .crlf : .cr)
                    index += crlf ? 2 : 1
                    lineStart = index
                } else {
                    index += 1
                }
            }
            if lineStart < buffer.count {
                state.finishLine(buffer, from: lineStart, to: buffer.count, ending: .none)
            }
        }
        return SourceText(
            path: path, lines: state.lines, byteCount: bytes.count, encoding: .utf8,
            hasByteOrderMark: state.hasByteOrderMark, invalidBytes: state.invalidBytes,
            controlCharacters: state.controlCharacters
        )
    }

    /// Why the bytes are not a plain-text file, or `nil` when they may be one.
    static func notTextReason(_ bytes: [UInt8]) -> String? {
        let signatures: [(prefix: [UInt8], name: String)] = [
            ([0xFF, 0xFE, 0x00, 0x00], "UTF-32 text (little-endian byte-order mark); save it as UTF-8"),
            ([0x00, 0x00, 0xFE, 0xFF], "UTF-32 text (big-endian byte-order mark); save it as UTF-8"),
            ([0xFF, 0xFE], "UTF-16 text (little-endian byte-order mark); save it as UTF-8"),
            ([0xFE, 0xFF], "UTF-16 text (big-endian byte-order mark); save it as UTF-8"),
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
            ([0x25, 0x50, 0x44, 0x46], "a PDF document"),
            ([0x50, 0x4B, 0x03, 0x04], "a zip archive (or EPUB, DOCX, ODT)"),
            ([0x1F, 0x8B], "a gzip archive"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image"),
            ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
        ]
        for signature in signatures where bytes.starts(with: signature.prefix) {
            return "the file is \(signature.name), not plain text"
        }
        let sample = bytes.prefix(sampleSize)
        guard !sample.isEmpty else { return nil }
        let nulCount = sample.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        if nulCount * 10 > sample.count {
            return "the file holds \(nulCount) NUL bytes in its first \(sample.count); it looks binary (or UTF-16 without a byte-order mark)"
        }
        return nil
    }

    // MARK: - Line decoding

    private struct State {
        var lines: [SourceLine] = []
        var hasByteOrderMark = false
        var invalidBytes: [SourceText.InvalidByte] = []
        var controlCharacters: [SourceText.ControlCharacter] = []

        mutating func finishLine(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, ending: LineEnding) {
            let number = lines.count + 1
            var index = start
            var column = 1
            var firstInvalid: Int?
            var ascii = true
            while index < end {
                // Fast path: eight plain ASCII bytes (no control character,
                // no DEL, nothing above 0x7F) at a time.
                if index + 8 <= end, SourceDecoder.isPlainASCII(buffer, at: index) {
                    index += 8
                    column += 8
                    continue
                }
                let byte = buffer[index]
                if byte < 0x80 {
                    if (byte < 0x20 && byte != 0x09) || byte == 0x7F {
                        controlCharacters.append(.init(
                            location: SourceLocation(line: number, column: column, offset: index),
                            scalar: Unicode.Scalar(byte)))
                    }
                    index += 1
                } else if let (scalar, length) = SourceDecoder.scalar(in: buffer, at: index, end: end) {
                    ascii = false
                    if (0x80...0x9F).contains(scalar.value) {
                        controlCharacters.append(.init(
                            location: SourceLocation(line: number, column: column, offset: index), scalar: scalar))
                    }
                    index += length
                } else {
                    invalidBytes.append(.init(
                        location: SourceLocation(line: number, column: column, offset: index), value: byte))
                    if firstInvalid == nil { firstInvalid = index }
                    ascii = false
                    index += 1
                }
                column += 1
            }
            let slice = UnsafeBufferPointer(rebasing: buffer[start..<end])
            if firstInvalid == nil {
                lines.append(SourceLine(
                    number: number, text: String(decoding: slice, as: UTF8.self), byteOffset: start, ending: ending,
                    isASCII: ascii))
            } else {
                let (text, offsets) = SourceDecoder.repair(slice)
                lines.append(SourceLine(
                    number: number, text: text, byteOffset: start, ending: ending, sourceOffsets: offsets, isASCII: false))
            }
        }
    }

    /// Whether the eight bytes at `index` are all printable ASCII or space
    /// (0x20…0x7E): SWAR tests for a byte below 0x20, a DEL, or a high bit.
    @inline(__always)
    static func isPlainASCII(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let word = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        let below32 = (word &- ones &* 0x20) & ~word & high
        let del = ((word ^ (ones &* 0x7F)) &- ones) & ~(word ^ (ones &* 0x7F)) & high
        return (word & high) | below32 | del == 0
    }

    /// The scalar of a valid multi-byte UTF-8 sequence at `index`, with its
    /// length; `nil` for an invalid lead byte, a bad continuation, an overlong
    /// form, a surrogate or a value past U+10FFFF.
    static func scalar(in buffer: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (Unicode.Scalar, Int)? {
        let lead = buffer[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= end else { return nil }
        for offset in 1..<length {
            let byte = buffer[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let minimum: UInt32 = length == 3 ? 0x800 : (length == 4 ? 0x10000 : 0x80)
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// Decodes a line that holds invalid bytes: each invalid byte becomes
    /// U+FFFD, and the offsets map every byte of the result back to the source.
    static func repair(_ slice: UnsafeBufferPointer<UInt8>) -> (String, [Int]) {
        var output: [UInt8] = []
        var offsets: [Int] = []
        output.reserveCapacity(slice.count + 8)
        var index = 0
        while index < slice.count {
            let byte = slice[index]
            if byte < 0x80 {
                output.append(byte)
                offsets.append(index)
                index += 1
            } else if let (_, length) = scalar(in: slice, at: index, end: slice.count) {
                for step in 0..<length {
                    output.append(slice[index + step])
                    offsets.append(index + step)
                }
                index += length
            } else {
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                offsets.append(contentsOf: [index, index, index])
                index += 1
            }
        }
        offsets.append(slice.count)
        return (String(decoding: output, as: UTF8.self), offsets)
    }
}

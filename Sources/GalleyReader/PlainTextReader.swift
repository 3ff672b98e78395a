import GalleyModel

/// Reads a plain-text document in the FRUS convention into a ``Document``.
///
/// The convention (see `docs/source-format.md`): a title line, a `Source:`
/// citation, a dateline, a `//Source:` note, then body paragraphs separated
/// by blank lines, with footnote markers `/1/`, note bodies as paragraphs
/// starting `/1/`, `Begin text.` / `End text.`, a `/s/` signature, and
/// perhaps a web-page trailer of `Return to …` lines. The reader never
/// fixes the text; it records what it finds and the rules judge it.
public enum PlainTextReader {
    public static func read(_ bytes: [UInt8], path: String) -> Document {
        read(SourceDecoder.decode(bytes, path: path))
    }

    public static func read(_ source: SourceText) -> Document {
        let emptyHeader = Header(title: nil, citation: nil, dateline: nil, sourceNote: nil)
        guard source.encoding == .utf8 else {
            return Document(source: source, header: emptyHeader, blocks: [], trailer: nil)
        }
        var chunks = paragraphs(of: source.lines)
        let trailer = takeTrailer(from: &chunks)
        var index = 0
        let header = readHeader(chunks, index: &index)
        var blocks: [Block] = []
        for chunk in chunks[index...] {
            classify(chunk, into: &blocks)
        }
        return Document(source: source, header: header, blocks: blocks, trailer: trailer)
    }

    // MARK: - Paragraphs

    /// Groups lines into chunks separated by blank lines.
    static func paragraphs(of lines: [SourceLine]) -> [Chunk] {
        var chunks: [Chunk] = []
        var current: [SourceLine] = []
        for line in lines {
            if line.text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                if !current.isEmpty { chunks.append(Chunk(lines: current)) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { chunks.append(Chunk(lines: current)) }
        return chunks
    }

    // MARK: - Trailer

    /// Removes the trailing chunks whose every line is web navigation
    /// (`Return to …`) and returns them as the trailer.
    static func takeTrailer(from chunks: inout [Chunk]) -> Trailer? {
        var lines: [TextSpan] = []
        while let last = chunks.last,
              last.slices.allSatisfy({ $0.matches("return to ", at: $0.start, ignoringCase: true) }) {
            lines.insert(contentsOf: last.slices.map { TextSpan(text: $0.text, range: $0.range) }, at: 0)
            chunks.removeLast()
        }
        guard let first = lines.first, let last = lines.last else { return nil }
        return Trailer(lines: lines, range: first.range.union(last.range))
    }

    // MARK: - Header

    static func readHeader(_ chunks: [Chunk], index: inout Int) -> Header {
        var title: TextSpan?
        var citation: TextSpan?
        var dateline: Dateline?
        var sourceNote: SourceNote?

        if let first = chunks.first, isTitle(first) {
            title = TextSpan(text: first.text, range: first.range)
            index = 1
        }
        while index < chunks.count {
            let chunk = chunks[index]
            if citation == nil, isCitation(chunk) {
                var rest = chunk
                rest.slices[0].start += "Source:".utf8.count
                rest.slices[0].trim()
                rest.dropEmptyEdges()
                citation = TextSpan(text: rest.slices.isEmpty ? "" : rest.text, range: chunk.range)
            } else if dateline == nil, chunk.isSingleLine, DatelineParser.looksLikeDateline(chunk.text) {
                dateline = DatelineParser.parse(chunk.text, range: chunk.range)
            } else {
                break
            }
            index += 1
        }
        if index < chunks.count, isSourceNote(chunks[index]) {
            var rest = chunks[index]
            let prefixLength = rest.hasPrefix("// Source:", ignoringCase: true) ? 10 : 9
            rest.slices[0].start += prefixLength
            rest.slices[0].trim()
            rest.dropEmptyEdges()
            sourceNote = SourceNote(content: rest.slices.isEmpty ? [] : inlines(of: rest), range: chunks[index].range)
            index += 1
        }
        return Header(
            title: title, citation: citation, dateline: dateline, sourceNote: sourceNote,
            titleParts: title.map { TitleParser.parse($0.text) }, citationParts: citation.map { CitationParser.parse($0.text) })
    }

    static func isCitation(_ chunk: Chunk) -> Bool { chunk.hasPrefix("Source:", ignoringCase: true) }

    static func isSourceNote(_ chunk: Chunk) -> Bool {
        chunk.hasPrefix("//Source:", ignoringCase: true) || chunk.hasPrefix("// Source:", ignoringCase: true)
    }

    /// The first chunk is the title when it is short and is none of the other
    /// header parts nor a body construct.
    static func isTitle(_ chunk: Chunk) -> Bool {
        guard chunk.slices.count <= 2, chunk.text.unicodeScalars.count <= 300 else { return false }
        if isCitation(chunk) || isSourceNote(chunk) || chunk.hasPrefix("/s/", ignoringCase: true) { return false }
        if let first = chunk.slices.first, first.footnoteMarker(at: first.start) != nil { return false }
        if chunk.isSingleLine, DatelineParser.looksLikeDateline(chunk.text) { return false }
        return !chunk.text.hasSuffix(":")
    }

    // MARK: - Body

    /// Appends the blocks that one chunk holds: embedded-text markers split
    /// off its start or end, then a footnote body, signature or paragraph.
    static func classify(_ original: Chunk, into blocks: inout [Block]) {
        var chunk = original
        var trailingMarker: EmbeddedTextMarker?

        if var first = chunk.slices.first, let markerEnd = embeddedTextMarkerEnd(first, word: "begin text") {
            let range = first.line.range(utf8From: first.start, to: markerEnd)
            let text = String(decoding: first.bytes[first.start..<markerEnd], as: UTF8.self)
            blocks.append(.embeddedTextMarker(EmbeddedTextMarker(kind: .begin, text: text, range: range)))
            first.start = markerEnd
            first.trim()
            chunk.slices[0] = first
            chunk.dropEmptyEdges()
        }
        if var last = chunk.slices.last, let markerStart = endTextMarkerStart(last) {
            let range = last.line.range(utf8From: markerStart, to: last.end)
            let text = String(decoding: last.bytes[markerStart..<last.end], as: UTF8.self)
            trailingMarker = EmbeddedTextMarker(kind: .end, text: text, range: range)
            last.end = markerStart
            last.trim()
            chunk.slices[chunk.slices.count - 1] = last
            chunk.dropEmptyEdges()
        }
        if !chunk.slices.isEmpty {
            blocks.append(block(for: chunk))
        }
        if let trailingMarker { blocks.append(.embeddedTextMarker(trailingMarker)) }
    }

    static func block(for chunk: Chunk) -> Block {
        let first = chunk.slices[0]
        if let marker = first.footnoteMarker(at: first.start) {
            var rest = chunk
            rest.slices[0].start = marker.end
            rest.slices[0].trim()
            rest.dropEmptyEdges()
            return .footnoteBody(FootnoteBody(
                number: marker.number, label: marker.label,
                markerRange: first.line.range(utf8From: first.start, to: marker.end),
                content: rest.slices.isEmpty ? [] : inlines(of: rest), range: chunk.range))
        }
        if first.matches("/s/", at: first.start, ignoringCase: true) {
            var name = first
            name.start += 3
            name.trim()
            let additional = chunk.slices.dropFirst().map { TextSpan(text: $0.text, range: $0.range) }
            return .signature(Signature(
                name: name.text, nameRange: name.range, additionalLines: Array(additional), range: chunk.range))
        }
        return .paragraph(Paragraph(content: inlines(of: chunk), range: chunk.range))
    }

    /// The end of a `Begin text` marker at the start of a slice, with an
    /// optional `.` or `:`, when the marker stands alone as a phrase.
    static func embeddedTextMarkerEnd(_ slice: Chunk.Slice, word: String) -> Int? {
        guard slice.matches(word, at: slice.start, ignoringCase: true) else { return nil }
        var end = slice.start + word.utf8.count
        if end < slice.end, slice.bytes[end] == 0x2E || slice.bytes[end] == 0x3A { end += 1 }
        guard end == slice.end || slice.bytes[end] == 0x20 || slice.bytes[end] == 0x09 else { return nil }
        return end
    }

    /// The start of an `End text.` marker that ends a slice, when it stands
    /// at the start or after a space.
    static func endTextMarkerStart(_ slice: Chunk.Slice) -> Int? {
        let word = "end text"
        var end = slice.end
        if end > slice.start, slice.bytes[end - 1] == 0x2E { end -= 1 }
        let start = end - word.utf8.count
        guard start >= slice.start, slice.matches(word, at: start, ignoringCase: true) else { return nil }
        guard start == slice.start || slice.bytes[start - 1] == 0x20 || slice.bytes[start - 1] == 0x09 else { return nil }
        return start
    }

    // MARK: - Inlines

    /// Splits a chunk's text into text spans, footnote references and line breaks.
    static func inlines(of chunk: Chunk) -> [Inline] {
        var result: [Inline] = []
        var previous: Chunk.Slice?
        for slice in chunk.slices where !slice.isEmpty {
            if let previous {
                result.append(.lineBreak(SourceRange(
                    start: previous.line.location(utf8Offset: previous.end),
                    end: slice.line.location(utf8Offset: slice.start))))
            }
            appendInlines(of: slice, to: &result)
            previous = slice
        }
        return result
    }

    /// A `/n/` is a reference unless a digit touches it on either side
    /// (`10/26/62` is a date, not note 26).
    static func appendInlines(of slice: Chunk.Slice, to result: inout [Inline]) {
        var textStart = slice.start
        var cursor = slice.start
        while cursor < slice.end {
            if slice.bytes[cursor] == 0x2F,
               cursor == slice.start || !isDigit(slice.bytes[cursor - 1]),
               let marker = slice.footnoteMarker(at: cursor),
               marker.end == slice.end || !isDigit(slice.bytes[marker.end]) {
                if textStart < cursor {
                    result.append(.text(span(slice, from: textStart, to: cursor)))
                }
                result.append(.footnoteReference(FootnoteReference(
                    number: marker.number, label: marker.label,
                    range: slice.line.range(utf8From: cursor, to: marker.end))))
                cursor = marker.end
                textStart = cursor
            } else {
                cursor += 1
            }
        }
        if textStart < slice.end {
            result.append(.text(span(slice, from: textStart, to: slice.end)))
        }
    }

    static func span(_ slice: Chunk.Slice, from start: Int, to end: Int) -> TextSpan {
        TextSpan(text: String(decoding: slice.bytes[start..<end], as: UTF8.self), range: slice.line.range(utf8From: start, to: end))
    }
}

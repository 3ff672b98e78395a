/// A readable dump of the document tree with the source range of every
/// node, one node per line, for tests that pin what the reader builds.
///
///     Document khrushchev.txt
///       Title 1:1-1:91 "Telegram From the Embassy …"
extension Document {
    public func dump() -> String {
        var lines = ["Document \(source.path) lines=\(source.lines.count) bytes=\(source.byteCount)"]
        if let title = header.title { lines.append("  Title \(Self.format(title.range)) \(Self.quote(title.text))") }
        if let parts = header.titleParts {
            let fields = [("type", parts.documentType), ("sender", parts.sender), ("recipient", parts.recipient), ("date", parts.date?.description)]
            lines.append("    TitleParts" + fields.compactMap { name, value in value.map { " \(name)=\(Self.quote($0))" } }.joined())
        }
        if let citation = header.citation { lines.append("  Citation \(Self.format(citation.range)) \(Self.quote(citation.text))") }
        if let parts = header.citationParts {
            let fields = [("publisher", parts.publisher), ("series", parts.series), ("years", parts.years), ("volume", parts.volume), ("volumeTitle", parts.volumeTitle)]
            lines.append("    CitationParts" + fields.compactMap { name, value in value.map { " \(name)=\(Self.quote($0))" } }.joined())
        }
        if let dateline = header.dateline {
            let date = dateline.date.map { " date=\($0)" } ?? ""
            let time = dateline.time.map { " time=\($0)" } ?? ""
            let place = dateline.place.map { " place=\(Self.quote($0))" } ?? ""
            lines.append("  Dateline \(Self.format(dateline.range))\(place)\(date)\(time)\(dateline.isUndated ? " undated" : "")")
        }
        if let note = header.sourceNote {
            lines.append("  SourceNote \(Self.format(note.range))")
            lines += Self.dump(note.content, indent: "    ")
        }
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                lines.append("  Paragraph \(Self.format(paragraph.range))")
                lines += Self.dump(paragraph.content, indent: "    ")
            case .footnoteBody(let body):
                lines.append("  FootnoteBody /\(body.label)/ \(Self.format(body.range)) marker=\(Self.format(body.markerRange))")
                lines += Self.dump(body.content, indent: "    ")
            case .embeddedTextMarker(let marker):
                lines.append("  \(marker.kind == .begin ? "BeginText" : "EndText") \(Self.format(marker.range)) \(Self.quote(marker.text))")
            case .signature(let signature):
                lines.append("  Signature \(Self.format(signature.range)) name=\(Self.quote(signature.name))")
                for line in signature.additionalLines { lines.append("    Line \(Self.format(line.range)) \(Self.quote(line.text))") }
            }
        }
        if let trailer {
            lines.append("  Trailer \(Self.format(trailer.range))")
            for line in trailer.lines { lines.append("    Line \(Self.format(line.range)) \(Self.quote(line.text))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func dump(_ inlines: [Inline], indent: String) -> [String] {
        inlines.map { inline in
            switch inline {
            case .text(let span): "\(indent)Text \(format(span.range)) \(quote(span.text))"
            case .footnoteReference(let reference): "\(indent)FootnoteReference /\(reference.label)/ \(format(reference.range))"
            case .lineBreak(let range): "\(indent)LineBreak \(format(range))"
            }
        }
    }

    /// `line:column-line:column@offset`.
    static func format(_ range: SourceRange) -> String {
        "\(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)@\(range.start.offset)"
    }

    /// Quotes text, shortened to its first and last 30 characters.
    static func quote(_ text: String) -> String {
        let shown = text.count > 64 ? String(text.prefix(30)) + "…" + String(text.suffix(30)) : text
        return "\"" + shown.replacingAll("\"", with: "\\\"") + "\""
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}

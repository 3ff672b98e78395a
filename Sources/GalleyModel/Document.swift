/// One source text, read once into an immutable tree.
///
/// Rules, enrichment and writers work from this value and never look at the
/// text again; every node keeps the source range it came from so that any
/// finding can point at the exact spot.
public struct Document: Sendable {
    public let source: SourceText
    public let header: Header
    /// The body in reading order: paragraphs, footnote bodies, markers, signatures.
    public let blocks: [Block]
    /// Navigation lines copied from a web page (`Return To …`), not content.
    public let trailer: Trailer?

    public init(source: SourceText, header: Header, blocks: [Block], trailer: Trailer?) {
        self.source = source
        self.header = header
        self.blocks = blocks
        self.trailer = trailer
        // Every footnote rule asks for these; gather them once.
        var bodies: [FootnoteBody] = []
        var references = header.sourceNote?.content.footnoteReferences ?? []
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): references += paragraph.content.footnoteReferences
            case .footnoteBody(let body):
                bodies.append(body)
                references += body.content.footnoteReferences
            case .embeddedTextMarker, .signature: break
            }
        }
        footnoteBodies = bodies
        footnoteReferences = references
    }

    public var path: String { source.path }

    /// Every footnote body, in reading order.
    public let footnoteBodies: [FootnoteBody]

    /// Every footnote reference in the source note, the body paragraphs and
    /// the footnote bodies, in reading order.
    public let footnoteReferences: [FootnoteReference]

    /// The embedded-text markers, in order.
    public var embeddedTextMarkers: [EmbeddedTextMarker] {
        blocks.compactMap { if case .embeddedTextMarker(let marker) = $0 { marker } else { nil } }
    }

    /// The signatures, in order.
    public var signatures: [Signature] {
        blocks.compactMap { if case .signature(let signature) = $0 { signature } else { nil } }
    }

    /// Whether the bytes could be read as text at all.
    public var isText: Bool { source.encoding == .utf8 }
}

/// The web-page navigation lines after the document.
public struct Trailer: Sendable, Hashable {
    public let lines: [TextSpan]
    public let range: SourceRange
    public init(lines: [TextSpan], range: SourceRange) {
        self.lines = lines
        self.range = range
    }
}

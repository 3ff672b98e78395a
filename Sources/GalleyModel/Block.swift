/// A block of the document body, in reading order.
public enum Block: Sendable, Hashable {
    case paragraph(Paragraph)
    case footnoteBody(FootnoteBody)
    case embeddedTextMarker(EmbeddedTextMarker)
    case signature(Signature)

    public var range: SourceRange {
        switch self {
        case .paragraph(let paragraph): paragraph.range
        case .footnoteBody(let body): body.range
        case .embeddedTextMarker(let marker): marker.range
        case .signature(let signature): signature.range
        }
    }
}

/// Body text: one or more non-blank lines, up to a blank line.
public struct Paragraph: Sendable, Hashable {
    public let content: [Inline]
    public let range: SourceRange
    public init(content: [Inline], range: SourceRange) {
        self.content = content
        self.range = range
    }
}

/// The text of a footnote: a paragraph that starts with its marker, `/1/See Document 68.`
public struct FootnoteBody: Sendable, Hashable {
    public let number: Int
    public let label: String
    /// Covers the leading `/1/`.
    public let markerRange: SourceRange
    /// The note's own text, which may itself hold references.
    public let content: [Inline]
    public let range: SourceRange
    public init(number: Int, label: String, markerRange: SourceRange, content: [Inline], range: SourceRange) {
        self.number = number
        self.label = label
        self.markerRange = markerRange
        self.content = content
        self.range = range
    }
}

/// `Begin text.` or `End text.`: the edges of a text quoted in full, such as
/// the letter inside a telegram.
public struct EmbeddedTextMarker: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case begin, end }
    public let kind: Kind
    /// The marker as written (`Begin text.`, `END TEXT`).
    public let text: String
    public let range: SourceRange
    public init(kind: Kind, text: String, range: SourceRange) {
        self.kind = kind
        self.text = text
        self.range = range
    }
}

/// A signature line, `/s/ N. Khrushchev`, and any lines under it in the
/// same paragraph (a title such as `Chairman`).
public struct Signature: Sendable, Hashable {
    /// The name after `/s/`, trimmed.
    public let name: String
    public let nameRange: SourceRange
    public let additionalLines: [TextSpan]
    public let range: SourceRange
    public init(name: String, nameRange: SourceRange, additionalLines: [TextSpan], range: SourceRange) {
        self.name = name
        self.nameRange = nameRange
        self.additionalLines = additionalLines
        self.range = range
    }
}

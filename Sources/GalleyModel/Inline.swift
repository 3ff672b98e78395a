/// Content inside a paragraph, a source note or a footnote body.
public enum Inline: Sendable, Hashable {
    case text(TextSpan)
    case footnoteReference(FootnoteReference)
    /// The break between two lines of a hard-wrapped paragraph; readers of
    /// the model treat it as a space.
    case lineBreak(SourceRange)

    public var range: SourceRange {
        switch self {
        case .text(let span): span.range
        case .footnoteReference(let reference): reference.range
        case .lineBreak(let range): range
        }
    }
}

/// A run of text exactly as the source has it.
public struct TextSpan: Sendable, Hashable {
    public let text: String
    public let range: SourceRange
    public init(text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// A footnote marker such as `/1/` inside running text.
public struct FootnoteReference: Sendable, Hashable {
    public let number: Int
    /// The digits as written (`007` keeps its zeros), for messages.
    public let label: String
    /// Covers the whole marker, slashes included.
    public let range: SourceRange
    public init(number: Int, label: String, range: SourceRange) {
        self.number = number
        self.label = label
        self.range = range
    }
}

extension Array where Element == Inline {
    /// The plain text of the content: markers dropped, line breaks as spaces.
    public var plainText: String {
        var result = ""
        for inline in self {
            switch inline {
            case .text(let span): result += span.text
            case .footnoteReference: break
            case .lineBreak: result += " "
            }
        }
        return result
    }

    /// Every footnote reference in the content, in order.
    public var footnoteReferences: [FootnoteReference] {
        compactMap { if case .footnoteReference(let reference) = $0 { reference } else { nil } }
    }
}

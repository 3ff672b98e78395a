import Foundation
import GalleyModel

/// Reads type, sender, recipient and date out of a FRUS-style title.
///
/// `Telegram From the Embassy in the Soviet Union to the Department of State, October 26, 1962`
/// gives type `telegram`, sender `Embassy in the Soviet Union`, recipient
/// `Department of State`, date 1962-10-26. `Memorandum for the Record, …`
/// gives only the type. Nothing is guessed: a part that is not there stays `nil`.
public enum TitleParser {
    public static func parse(_ title: String) -> TitleParts {
        // The date: the last comma-separated tail that reads as a date.
        var body = title
        var date: CalendarDate?
        if let comma = title.range(of: ", ", options: .backwards) {
            var start = comma
            // `…, October 26, 1962` has two commas in its date.
            if let earlier = title[..<comma.lowerBound].range(of: ", ", options: .backwards),
               DatelineParser.findDate(DatelineParser.tokens(String(title[earlier.upperBound...]))) != nil {
                start = earlier
            }
            let tail = String(title[start.upperBound...])
            if let (found, _) = DatelineParser.findDate(DatelineParser.tokens(tail)) {
                date = found
                body = String(title[..<start.lowerBound])
            } else if DatelineParser.tokens(String(title[comma.upperBound...])).allSatisfy(DatelineParser.isUndatedWord) {
                body = String(title[..<comma.lowerBound])
            }
        }
        guard let from = body.range(of: " From ") else {
            let type = body.range(of: " for ").map { String(body[..<$0.lowerBound]) } ?? body
            return TitleParts(documentType: normalisedType(type), sender: nil, recipient: nil, date: date)
        }
        let type = String(body[..<from.lowerBound])
        let rest = body[from.upperBound...]
        var sender = String(rest)
        var recipient: String?
        if let to = rest.range(of: " to ") {
            sender = String(rest[..<to.lowerBound])
            recipient = withoutArticle(String(rest[to.upperBound...]))
        }
        return TitleParts(documentType: normalisedType(type), sender: withoutArticle(sender), recipient: recipient, date: date)
    }

    static func normalisedType(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace
        return trimmed.isEmpty || trimmed.count > 60 ? nil : trimmed.lowercased()
    }

    static func withoutArticle(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace
        return trimmed.hasPrefix("the ") ? String(trimmed.dropFirst(4)) : trimmed
    }
}

import GalleyModel

/// Reads the place, date and time out of a dateline such as
/// `Moscow, October 26, 1962, 7 p.m.` or `Washington, undated.`
///
/// Accepted dates: `October 26, 1962`, `Oct. 26, 1962`, `26 October 1962`,
/// `1962-10-26`. Accepted times: `7 p.m.`, `7:30 a.m.`, `noon`, `midnight`,
/// `19:30`. A date that names a day that does not exist is not a date.
public enum DatelineParser {
    static let months = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    /// Whether a single line looks like a dateline at all: short, not a
    /// salutation, and naming a month, a year or "undated".
    public static func looksLikeDateline(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty, trimmed.unicodeScalars.count <= 120, !trimmed.hasSuffix(":") else { return false }
        let words = tokens(trimmed)
        // A place is a few words (`Moscow`, `Camp David, Maryland`); a title
        // such as `Telegram From the Embassy …, October 26, 1962` is not.
        if let comma = trimmed.firstIndex(of: ","), tokens(String(trimmed[..<comma])).count > 5 { return false }
        if words.contains(where: isUndatedWord) { return true }
        guard trimmed.contains(",") || words.count <= 4 else { return false }
        return words.contains { monthNumber($0) != nil || isYear($0) || isoDate($0) != nil }
    }

    public static func parse(_ text: String, range: SourceRange) -> Dateline {
        let trimmed = text.trimmingWhitespace
        let words = tokens(trimmed)
        let undated = words.contains(where: isUndatedWord)
        var place: String?
        if let comma = trimmed.firstIndex(of: ",") {
            let head = String(trimmed[..<comma]).trimmingWhitespace
            let headWords = tokens(head)
            if !headWords.isEmpty, !headWords.contains(where: { monthNumber($0) != nil || isYear($0) || isUndatedWord($0) }) {
                place = head
            }
        }
        var date: CalendarDate?
        var timeStart = 0
        if !undated, let (found, end) = findDate(words) {
            date = found
            timeStart = end
        }
        let time = date == nil ? nil : findTime(Array(words[timeStart...]))
        return Dateline(text: text, range: range, place: place, date: date, time: time, isUndated: undated)
    }

    // MARK: - Pieces

    /// Words with surrounding commas and a final period removed, lower-cased.
    static func tokens(_ text: String) -> [String] {
        text.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
            .map { word in
                var word = Substring(word)
                while let last = word.last, last == "." || last == ";", !word.hasSuffix(".m.") { word = word.dropLast() }
                return String(word)
            }
            .filter { !$0.isEmpty }
    }

    static func isUndatedWord(_ word: String) -> Bool { word == "undated" || word == "n.d" || word == "n.d." }

    static func isYear(_ word: String) -> Bool {
        word.count == 4 && word.allSatisfy(\.isASCIIDigit) && (word.hasPrefix("1") || word.hasPrefix("2"))
    }

    static func monthNumber(_ word: String) -> Int? {
        let bare = word.hasSuffix(".") ? String(word.dropLast()) : word
        guard bare.count >= 3, bare.allSatisfy(\.isLetter) else { return nil }
        if let index = months.firstIndex(of: bare) { return index + 1 }
        if bare == "sept" { return 9 }
        if bare.count == 3, let index = months.firstIndex(where: { $0.hasPrefix(bare) }) { return index + 1 }
        return nil
    }

    static func number(_ word: String, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(word.count), word.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(word)
    }

    static func isoDate(_ word: String) -> CalendarDate? {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The first date among the words, and the index just past it.
    static func findDate(_ words: [String]) -> (CalendarDate, Int)? {
        for (index, word) in words.enumerated() {
            if let iso = isoDate(word) { return (iso, index + 1) }
            guard let month = monthNumber(word) else { continue }
            // Month D, YYYY
            if index + 2 < words.count, let day = number(words[index + 1], digits: 1...2),
               let year = number(words[index + 2], digits: 4...4) {
                return CalendarDate(year: year, month: month, day: day).map { ($0, index + 3) }
            }
            // D Month YYYY
            if index >= 1, index + 1 < words.count, let day = number(words[index - 1], digits: 1...2),
               let year = number(words[index + 1], digits: 4...4) {
                return CalendarDate(year: year, month: month, day: day).map { ($0, index + 2) }
            }
            return nil
        }
        return nil
    }

    /// The first time of day among the words.
    static func findTime(_ words: [String]) -> TimeOfDay? {
        for (index, word) in words.enumerated() {
            if word == "noon" { return TimeOfDay(hour: 12, minute: 0) }
            if word == "midnight" { return TimeOfDay(hour: 0, minute: 0) }
            var clock = word
            var meridiem: String?
            for suffix in ["a.m.", "p.m.", "a.m", "p.m", "am", "pm"] where clock.hasSuffix(suffix) && clock.count > suffix.count {
                meridiem = suffix.hasPrefix("a") ? "am" : "pm"
                clock = String(clock.dropLast(suffix.count))
                break
            }
            if meridiem == nil, index + 1 < words.count {
                let next = words[index + 1].filter { $0 != "." }
                if next == "am" || next == "pm" { meridiem = next }
            }
            let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), let hour = number(String(parts[0]), digits: 1...2) else { continue }
            let minute = parts.count == 2 ? number(String(parts[1]), digits: 2...2) : 0
            guard let minute else { continue }
            if let meridiem {
                guard (1...12).contains(hour) else { return nil }
                let hour24 = (hour % 12) + (meridiem == "pm" ? 12 : 0)
                return TimeOfDay(hour: hour24, minute: minute)
            }
            if parts.count == 2 { return TimeOfDay(hour: hour, minute: minute) }
        }
        return nil
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last])
    }
}

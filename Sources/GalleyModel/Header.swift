/// The header block: title, citation, dateline and source note. Each part
/// is optional because real copies lack them; the header rules report what
/// an edition requires.
public struct Header: Sendable, Hashable {
    public let title: TextSpan?
    /// The `Source:` line; ``TextSpan/text`` holds what follows `Source:`.
    public let citation: TextSpan?
    public let dateline: Dateline?
    /// The `//Source:` paragraph; its content follows the `//Source:` prefix.
    public let sourceNote: SourceNote?
    /// What the title says of type, sender, recipient and date.
    public let titleParts: TitleParts?
    /// The citation split into publisher, series, years, volume and title.
    public let citationParts: CitationParts?

    public init(
        title: TextSpan?, citation: TextSpan?, dateline: Dateline?, sourceNote: SourceNote?,
        titleParts: TitleParts? = nil, citationParts: CitationParts? = nil
    ) {
        self.title = title
        self.citation = citation
        self.dateline = dateline
        self.sourceNote = sourceNote
        self.titleParts = titleParts
        self.citationParts = citationParts
    }
}

/// The editor's note on where the text comes from (`//Source: Kennedy Library, …`).
public struct SourceNote: Sendable, Hashable {
    public let content: [Inline]
    public let range: SourceRange
    public init(content: [Inline], range: SourceRange) {
        self.content = content
        self.range = range
    }
}

/// The place, date and time the document was written:
/// `Moscow, October 26, 1962, 7 p.m.`
public struct Dateline: Sendable, Hashable {
    /// The whole line as written.
    public let text: String
    public let range: SourceRange
    /// The place before the first comma, when there is one.
    public let place: String?
    public let date: CalendarDate?
    public let time: TimeOfDay?
    /// The line says `undated` (or `n.d.`) instead of a date.
    public let isUndated: Bool

    public init(text: String, range: SourceRange, place: String?, date: CalendarDate?, time: TimeOfDay?, isUndated: Bool) {
        self.text = text
        self.range = range
        self.place = place
        self.date = date
        self.time = time
        self.isUndated = isUndated
    }
}

/// A day of the proleptic Gregorian calendar, checked to exist.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// `nil` when the day does not exist (February 30, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.days(inMonth: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// ISO 8601, `1962-10-26`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// A local time of day on a 24-hour clock.
public struct TimeOfDay: Sendable, Hashable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// ISO 8601, `19:00`.
    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }
}

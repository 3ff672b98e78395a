/// A moment as whole seconds since 1970 in UTC, broken down without the
/// local time zone, so that every output built from it is the same on every
/// machine (`SOURCE_DATE_EPOCH` semantics).
public struct UTCTimestamp: Sendable, Hashable, Comparable, Codable {
    public let secondsSince1970: Int64

    public init(secondsSince1970: Int64) {
        self.secondsSince1970 = secondsSince1970
    }

    public struct Components: Sendable, Hashable {
        public let year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
    }

    /// The civil date and time in UTC (Howard Hinnant's days-from-civil inverse).
    public var components: Components {
        let days = Int(secondsSince1970.floorDivided(by: 86_400))
        let secondsOfDay = Int(secondsSince1970 - Int64(days) * 86_400)
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return Components(year: year, month: month, day: day, hour: secondsOfDay / 3600,
                          minute: secondsOfDay % 3600 / 60, second: secondsOfDay % 60)
    }

    /// `2026-11-27T00:45:24Z`, the form `dcterms:modified` requires.
    public var iso8601: String {
        let c = components
        func pad(_ value: Int, _ width: Int = 2) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(c.year, 4))-\(pad(c.month))-\(pad(c.day))T\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second))Z"
    }

    public static func < (lhs: UTCTimestamp, rhs: UTCTimestamp) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }
}

extension Int64 {
    func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}

extension UTCTimestamp {
    /// Parses `2026-11-27T00:45:24Z`, the form ``iso8601`` writes.
    public init?(iso8601 text: String) {
        let digits = text.split(whereSeparator: { "-T:Z".contains($0) }).map { Int($0) }
        guard text.hasSuffix("Z"), digits.count == 6, let year = digits[0], let month = digits[1], let day = digits[2],
              let hour = digits[3], let minute = digits[4], let second = digits[5],
              CalendarDate(year: year, month: month, day: day) != nil, hour < 24, minute < 60, second < 61 else { return nil }
        // Days from the civil date (the inverse of ``components``).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = Int64(era * 146_097 + dayOfEra - 719_468)
        self.init(secondsSince1970: days * 86_400 + Int64(hour * 3600 + minute * 60 + second))
    }
}

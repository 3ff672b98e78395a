import GalleyModel
import GalleyReader
import Testing

@Suite struct DatelineParserTests {
    static let range = SourceRange(start: .init(line: 1, column: 1, offset: 0), end: .init(line: 1, column: 1, offset: 0))

    static func parse(_ text: String) -> Dateline { DatelineParser.parse(text, range: range) }

    @Test(arguments: [
        ("Moscow, October 26, 1962, 7 p.m.", "Moscow", "1962-10-26", "19:00"),
        ("Washington, October 22, 1962, 9:14 p.m.", "Washington", "1962-10-22", "21:14"),
        ("Washington, October 22, 1962.", "Washington", "1962-10-22", nil),
        ("Moscow, Oct. 28, 1962, noon", "Moscow", "1962-10-28", "12:00"),
        ("Paris, 3 Sept. 1962, 12:30 a.m.", "Paris", "1962-09-03", "00:30"),
        ("Havana, 1962-10-27, 18:05", "Havana", "1962-10-27", "18:05"),
        ("Camp David, February 29, 1960, midnight", "Camp David", "1960-02-29", "00:00"),
    ] as [(String, String, String, String?)])
    func parsesDateTimeAndPlace(text: String, place: String, date: String, time: String?) {
        let dateline = Self.parse(text)
        #expect(dateline.place == place)
        #expect(dateline.date?.description == date)
        #expect(dateline.time?.description == time)
        #expect(!dateline.isUndated)
    }

    @Test(arguments: ["Moscow, Octobr 26, 1962", "Washington, February 30, 1962", "Washington, February 29, 1962", "Moscow, October 26"])
    func rejectsDatesThatDoNotExist(text: String) {
        let dateline = Self.parse(text)
        #expect(dateline.date == nil && !dateline.isUndated)
    }

    @Test func undated() {
        #expect(Self.parse("Washington, undated.").isUndated)
        #expect(Self.parse("Moscow, n.d.").isUndated)
    }

    @Test func titlesAndSalutationsAreNotDatelines() {
        #expect(!DatelineParser.looksLikeDateline("Telegram From the Embassy in the Soviet Union to the Department of State, October 26, 1962"))
        #expect(!DatelineParser.looksLikeDateline("Dear Mr. President, October 1962:"))
        #expect(DatelineParser.looksLikeDateline("Moscow, October 26, 1962, 7 p.m."))
        #expect(DatelineParser.looksLikeDateline("Washington, undated."))
    }
}

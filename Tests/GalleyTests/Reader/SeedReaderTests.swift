import Foundation
import GalleyModel
import GalleyReader
import Testing

/// The reader on the seed text: the whole tree with its locations is pinned
/// in a golden dump, and the facts every later stage relies on are asserted.
@Suite struct SeedReaderTests {
    let document: Document

    init() throws {
        let bytes = try [UInt8](Data(contentsOf: TestPaths.seed))
        document = PlainTextReader.read(bytes, path: "seed.txt")
    }

    @Test func treeDumpMatchesGolden() throws {
        try Golden.check(document.dump(), against: TestPaths.fixtures.appendingPathComponent("Reader/seed.dump"))
    }

    @Test func header() throws {
        let header = document.header
        #expect(header.title?.text == "Telegram From the Embassy in the Soviet Union to the Department of State, October 26, 1962")
        #expect(header.citation?.text.hasPrefix("U.S. Deparment of State, FOREIGN RELATIONS") == true, "the typo is evidence and stays")
        let dateline = try #require(header.dateline)
        #expect(dateline.place == "Moscow")
        #expect(dateline.date?.description == "1962-10-26")
        #expect(dateline.time?.description == "19:00")
        #expect(dateline.range.start.line == 7)
        #expect(header.sourceNote?.range.start.line == 9)
    }

    @Test func footnotes() {
        #expect(document.footnoteReferences.map(\.number) == [1, 2])
        #expect(document.footnoteBodies.map(\.number) == [1, 2])
        let first = document.footnoteReferences[0]
        #expect(first.range.start.line == 17)
        #expect(first.range.start.column == 43)
        #expect(document.footnoteBodies[0].content.plainText == "See Document 68.")
        // "fate of the world/2/ understanding": a marker right after a word.
        #expect(document.footnoteReferences[1].range.start.line == 27)
        #expect(document.footnoteReferences[1].range.start.column == 98)
    }

    @Test func embeddedTextSignatureAndTrailer() throws {
        #expect(document.embeddedTextMarkers.map(\.kind) == [.begin, .end])
        let end = document.embeddedTextMarkers[1]
        #expect(end.text == "End text.")
        #expect(end.range.start.line == 87 && end.range.start.column == 19, "End text. ends the paragraph `October 26, 1962. End text.`")
        #expect(document.signatures.map(\.name) == ["N. Khrushchev"])
        let trailer = try #require(document.trailer)
        #expect(trailer.lines.map(\.text) == [
            "Return To Vinnie's Home Page", "Return to Cuban Missile Crisis Page",
            "Return to Cold War Page", "Return to Russia Page",
        ])
        #expect(document.source.lines.last?.ending == LineEnding.none, "the seed's last line has no newline")
    }

    @Test func nothingIsLostBetweenSourceAndModel() {
        // Every non-blank line of the source is covered by some node.
        var covered = Set<Int>()
        func cover(_ range: SourceRange) { for line in range.start.line...range.end.line { covered.insert(line) } }
        [document.header.title?.range, document.header.citation?.range, document.header.dateline?.range,
         document.header.sourceNote?.range, document.trailer?.range].compactMap { $0 }.forEach(cover)
        document.blocks.forEach { cover($0.range) }
        let nonBlank = document.source.lines.filter { !$0.text.allSatisfy(\.isWhitespace) }.map(\.number)
        #expect(Set(nonBlank).subtracting(covered).isEmpty)
    }
}

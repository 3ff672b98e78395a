import GalleyModel
import GalleyReader
import Testing

/// The natural variations of real copies that the reader must accept.
@Suite struct ReaderVariationTests {
    static func read(_ text: String) -> Document {
        PlainTextReader.read(Array(text.utf8), path: "t.txt")
    }

    static let header = """
        Letter From President Kennedy to Chairman Khrushchev, October 27, 1962

        Source: Foreign Relations, 1961-1963, Volume XI

        Washington, October 27, 1962.

        //Source: A note.


        """

    @Test func crlfFileReadsLikeLF() {
        let lf = Self.read(Self.header + "Body text./1/\n\n/1/Note.\n")
        let crlf = Self.read((Self.header + "Body text./1/\n\n/1/Note.\n").replacingLineFeeds(with: "\r\n"))
        #expect(crlf.header.title?.text == lf.header.title?.text)
        #expect(crlf.footnoteReferences.map(\.number) == [1])
        #expect(crlf.footnoteBodies.map(\.number) == [1])
        #expect(crlf.source.lines.allSatisfy { $0.ending == .crlf })
        // Columns are the same; byte offsets count the extra CR bytes.
        #expect(crlf.footnoteReferences[0].range.start.column == lf.footnoteReferences[0].range.start.column)
        #expect(crlf.footnoteReferences[0].range.start.offset > lf.footnoteReferences[0].range.start.offset)
    }

    @Test func markerAfterDigitWithSpaceIsAReference() {
        let document = Self.read(Self.header + "Your message of October 27 /1/ arrived.\n\n/1/Document 95.\n")
        #expect(document.footnoteReferences.map(\.number) == [1])
    }

    @Test func slashDatesAreNotMarkers() {
        let document = Self.read(Self.header + "Dated 10/26/62 and/or 3/4 of it.\n")
        #expect(document.footnoteReferences.isEmpty)
    }

    @Test func noteBodyMayHoldAReference() {
        let document = Self.read(Self.header + "Text./1/\n\n/1/See note 2./2/\n\n/2/Inner note.\n")
        #expect(document.footnoteReferences.map(\.number) == [1, 2])
        #expect(document.footnoteBodies.map(\.number) == [1, 2])
    }

    @Test func hardWrappedParagraphKeepsLineBreaks() throws {
        let document = Self.read(Self.header + "First line of a paragraph\nthat goes on here./1/\n\n/1/Note\nwrapped too.\n")
        guard case .paragraph(let paragraph)? = document.blocks.first else {
            Issue.record("expected a paragraph")
            return
        }
        #expect(paragraph.content.plainText == "First line of a paragraph that goes on here.")
        #expect(paragraph.range.start.line == 9 && paragraph.range.end.line == 10)
        #expect(document.footnoteBodies.first?.content.plainText == "Note wrapped too.")
    }

    @Test func beginAndEndTextInAnyCapitalisation() {
        let document = Self.read(Self.header + "BEGIN TEXT:\n\nDear Sir:\n\nLetter body. end text\n")
        #expect(document.embeddedTextMarkers.map(\.kind) == [.begin, .end])
        #expect(document.embeddedTextMarkers.map(\.text) == ["BEGIN TEXT:", "end text"])
    }

    @Test func beginTextFollowedByTextInTheSameParagraph() {
        let document = Self.read(Self.header + "Begin text. Dear Mr. President:\n\nEnd text.\n")
        #expect(document.blocks.count == 3)
        guard case .paragraph(let paragraph) = document.blocks[1] else {
            Issue.record("expected the salutation as a paragraph")
            return
        }
        #expect(paragraph.content.plainText == "Dear Mr. President:")
        #expect(paragraph.range.start.column == 13)
    }

    @Test func lastLineWithoutNewline() {
        let document = Self.read(Self.header + "Body.\n\n/s/ J. F. Kennedy")
        #expect(document.signatures.map(\.name) == ["J. F. Kennedy"])
        #expect(document.source.lines.last?.ending == LineEnding.none)
    }

    @Test func signatureWithTitleLine() {
        let document = Self.read(Self.header + "Body.\n\n/s/ N. Khrushchev\nChairman of the Council of Ministers\n")
        #expect(document.signatures.first?.additionalLines.map(\.text) == ["Chairman of the Council of Ministers"])
    }

    @Test func undatedAndDateOnlyDatelines() {
        let undated = Self.read("A Memorandum\n\nSource: X\n\nWashington, undated.\n\nBody.\n")
        #expect(undated.header.dateline?.isUndated == true)
        #expect(undated.header.dateline?.place == "Washington")
        let dateOnly = Self.read("A Memorandum\n\nSource: X\n\nWashington, October 22, 1962.\n\nBody.\n")
        #expect(dateOnly.header.dateline?.date?.description == "1962-10-22")
        #expect(dateOnly.header.dateline?.time == nil)
    }

    @Test func curlyQuotesAndDashesKeepTheirColumns() {
        let document = Self.read(Self.header + "\u{201C}Quoted\u{201D} \u{2014} text./1/\n\n/1/Note.\n")
        // 16 scalars precede the marker, though they take 22 bytes.
        #expect(document.footnoteReferences[0].range.start.column == 17)
        #expect(document.footnoteReferences[0].range.start.offset - document.blocks[0].range.start.offset == 22)
    }

    @Test func invalidBytesAreRecordedAndReadingGoesOn() {
        var bytes = Array((Self.header + "Caf").utf8)
        bytes.append(0xE9)
        bytes += Array(" au lait./1/\n\n/1/Note.\n".utf8)
        let document = PlainTextReader.read(bytes, path: "t.txt")
        #expect(document.source.invalidBytes.count == 1)
        let bad = document.source.invalidBytes[0]
        #expect(bad.location.line == 9 && bad.location.column == 4 && bad.value == 0xE9)
        #expect(document.footnoteReferences.count == 1, "the rest of the file is still read")
        // The marker's column counts the bad byte as one column.
        #expect(document.footnoteReferences[0].range.start.column == 14)
    }

    @Test func byteOrderMarkIsSkipped() {
        let document = PlainTextReader.read([0xEF, 0xBB, 0xBF] + Array(Self.header.utf8), path: "t.txt")
        #expect(document.source.hasByteOrderMark)
        #expect(document.header.title?.text.hasPrefix("Letter From") == true)
        #expect(document.header.title?.range.start.offset == 3)
    }

    @Test func emptyAndBinaryInput() {
        let empty = PlainTextReader.read([], path: "t.txt")
        #expect(empty.blocks.isEmpty && empty.header.title == nil && empty.isText)
        let utf16 = PlainTextReader.read([0xFF, 0xFE, 0x41, 0x00], path: "t.txt")
        #expect(!utf16.isText)
    }

    @Test func trailerOnlyAtTheEnd() {
        let document = Self.read(Self.header + "Return to sender, he wrote.\n\nBody.\n\nReturn to Home Page\n")
        #expect(document.trailer?.lines.map(\.text) == ["Return to Home Page"])
        #expect(document.blocks.count == 2, "a body paragraph starting `Return to` is content")
    }
}

extension String {
    func replacingLineFeeds(with ending: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: ending)
    }
}

import Foundation
import GalleyEPUB
import GalleyEnrich
import GalleyModel
import GalleyPipeline
import Testing

/// Books built from every edition in `Editions/` and from the stress
/// fixtures, checked by the real oracles: EPUBCheck (both versions) and
/// libxml2 for every XML file.
@Suite struct EPUBBookTests {
    static let epoch = "1700000000"

    /// Builds every book once for the whole suite.
    static let built: (folder: TemporaryFolder, books: [String: String]) = {
        let folder = try! TemporaryFolder()
        let fixtures = try! BookFixtures.write(into: folder)
        let run = BuildRun(environment: ["SOURCE_DATE_EPOCH": epoch])
        let outcome = try! run.run(paths: [TestPaths.editions.path] + fixtures, outputFolder: folder.path + "/dist")
        precondition(outcome.skipped.isEmpty, "editions not built: \(outcome.skipped)")
        var books: [String: String] = [:]
        for book in outcome.books { books[book.metadata.slug] = book.path }
        return (folder, books)
    }()

    static let slugs = ["khrushchev-to-kennedy-1962-10-26", "galley-transcription-memorandum", "galley-exchange-of-letters",
                        "many-notes", "three-letters"]

    @Test(arguments: slugs)
    func epubcheckReportsNothing(slug: String) throws {
        let book = try #require(Self.built.books[slug], "no book for \(slug)")
        for verdict in try EPUBCheck.check(book) {
            #expect(verdict.isClean, "\(verdict.checker) on \(slug):\n\(verdict.output)")
        }
    }

    @Test func everyEditionInEditionsIsBuilt() throws {
        let editions = try FileManager.default.contentsOfDirectory(atPath: TestPaths.editions.path).filter { !$0.hasPrefix(".") }
        for edition in editions { #expect(Self.built.books[edition] != nil, "\(edition) has no book") }
        #expect(Set(editions).isSubset(of: Set(Self.slugs)), "add new editions to the epubcheck list")
    }

    @Test(arguments: slugs)
    func everyXMLFileIsWellFormedForLibxml2(slug: String) throws {
        let book = try #require(Self.built.books[slug])
        let zip = try ZipEntries(Data(contentsOf: URL(fileURLWithPath: book)))
        let suffixes = [".xml", ".opf", ".xhtml", ".ncx"]
        let xmlFiles = zip.entries.filter { entry in suffixes.contains { entry.name.hasSuffix($0) } }
        #expect(xmlFiles.count >= 6)
        for entry in xmlFiles {
            let problems = XMLChecker.problems(in: [UInt8](entry.data), name: entry.name)
            #expect(problems.isEmpty, "\(slug)/\(entry.name): \(problems)")
        }
    }

    @Test func containerHasTheLayoutEPUBRequires() throws {
        let book = try #require(Self.built.books["khrushchev-to-kennedy-1962-10-26"])
        let zip = try ZipEntries(Data(contentsOf: URL(fileURLWithPath: book)))
        let first = try #require(zip.entries.first)
        #expect(first.name == "mimetype")
        #expect(first.method == 0, "mimetype must be stored")
        #expect(first.localExtraLength == 0, "mimetype must have no extra field")
        #expect(String(decoding: first.data, as: UTF8.self) == "application/epub+zip")
        #expect(zip.entries.allSatisfy { $0.flags & 0x8 == 0 }, "no data descriptors")
        #expect(zip.entries.map(\.name) == [
            "mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml", "EPUB/toc.ncx",
            "EPUB/css/galley.css", "EPUB/title.xhtml", "EPUB/text-1.xhtml", "EPUB/colophon.xhtml",
        ])
    }

    @Test func markupLikeTextStaysText() throws {
        let book = try #require(Self.built.books["many-notes"])
        let zip = try ZipEntries(Data(contentsOf: URL(fileURLWithPath: book)))
        let chapter = try #require(zip.text("EPUB/text-1.xhtml"))
        #expect(chapter.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt;, AT&amp;T, ]]&gt; and --"))
        #expect(!chapter.contains("<script>") && !chapter.contains("<b>"))
        #expect(chapter.contains("Москва, 東京"))
        let package = try #require(zip.text("EPUB/package.opf"))
        #expect(package.contains("<dc:publisher>Galley &amp; Co.</dc:publisher>"))
        #expect(package.contains("<dc:subject>XML &lt;escaping&gt;</dc:subject>"))
        #expect(package.contains("<meta property=\"belongs-to-collection\" id=\"collection\">Galley \"Stress\" Tests</meta>"))
        #expect(package.contains("<meta refines=\"#creator-1\" property=\"file-as\">Ñandú, Ö.</meta>"))
        #expect(package.contains("<meta refines=\"#contributor-1\" property=\"role\" scheme=\"marc:relators\">trl</meta>"))
        let title = try #require(zip.text("EPUB/title.xhtml"))
        #expect(title.contains("Sixty notes &amp; &lt;one&gt; that points to another"))
    }

    @Test func notesAreEPUB3FootnotesLinkedBothWays() throws {
        let book = try #require(Self.built.books["many-notes"])
        let chapter = try #require(try ZipEntries(Data(contentsOf: URL(fileURLWithPath: book))).text("EPUB/text-1.xhtml"))
        #expect(chapter.contains("<a epub:type=\"noteref\" role=\"doc-noteref\" class=\"noteref\" id=\"ref-2\" href=\"#note-2\">2</a>"))
        #expect(!chapter.contains("<sup>"))
        // The note's first child is the link back to its reference.
        #expect(chapter.contains("<aside epub:type=\"footnote\" role=\"doc-footnote\" class=\"footnote\" id=\"note-2\">\n          <p><a role=\"doc-backlink\" class=\"backlink\" href=\"#ref-2\">2.</a> The first body note, which refers on to the next.<a epub:type=\"noteref\" role=\"doc-noteref\" class=\"noteref\" id=\"ref-3\" href=\"#note-3\">3</a></p>"))
        let asides = chapter.components(separatedBy: "<aside ").count - 1
        #expect(asides == 60)
        #expect(chapter.contains("<p class=\"signature\"><span class=\"signed\">/s/</span> Ö. Ñandú<br/>Editor-in-Chief</p>"))
    }

    @Test func theWebTrailerIsNotContent() throws {
        let book = try #require(Self.built.books["khrushchev-to-kennedy-1962-10-26"])
        let zip = try ZipEntries(Data(contentsOf: URL(fileURLWithPath: book)))
        for entry in zip.entries where entry.name.hasSuffix(".xhtml") {
            #expect(!String(decoding: entry.data, as: UTF8.self).contains("Return To"), "\(entry.name) holds the trailer")
        }
        let chapter = try #require(zip.text("EPUB/text-1.xhtml"))
        #expect(chapter.contains("<blockquote class=\"embedded-text\">"))
        #expect(chapter.contains("Deparment"), "the source's typo is kept")
    }

    @Test func multiDocumentEditionKeepsItsOrder() throws {
        let book = try #require(Self.built.books["three-letters"])
        let zip = try ZipEntries(Data(contentsOf: URL(fileURLWithPath: book)))
        let nav = try #require(zip.text("EPUB/nav.xhtml"))
        let order = ["Title Page", "Letter 1 From", "Letter 2 From", "Letter 3 From", "Colophon"].map { nav.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        #expect(zip.text("EPUB/package.opf")?.contains("<dc:language>fr</dc:language>") == true)
        let ncx = try #require(zip.text("EPUB/toc.ncx"))
        #expect(ncx.components(separatedBy: "<navPoint ").count - 1 == 5)
    }
}

import Foundation
import Testing

/// `galley build` as a user runs it.
@Suite struct BuildCommandTests {
    static let seed = "Editions/khrushchev-to-kennedy-1962-10-26"

    /// Same inputs and SOURCE_DATE_EPOCH give the same bytes, whatever the time
    /// zone and whenever the build runs.
    @Test func booksAreByteForByteReproducible() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var books: [Data] = []
        for (index, zone) in ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"].enumerated() {
            let out = folder.path + "/out\(index)"
            let result = try GalleyProcess.run(["build", Self.seed, "--output", out],
                                               environment: ["SOURCE_DATE_EPOCH": "1700000000", "TZ": zone])
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
            books.append(try Data(contentsOf: URL(fileURLWithPath: out + "/khrushchev-to-kennedy-1962-10-26-1.0.0.epub")))
        }
        #expect(books[0] == books[1] && books[1] == books[2])
        let later = try GalleyProcess.run(["build", Self.seed, "--output", folder.path + "/later"], environment: ["SOURCE_DATE_EPOCH": "1800000000"])
        #expect(later.status == 0)
        let laterBook = try Data(contentsOf: URL(fileURLWithPath: folder.path + "/later/khrushchev-to-kennedy-1962-10-26-1.0.0.epub"))
        #expect(laterBook != books[0], "the build time is part of the book")
    }

    @Test func editionsWithErrorsAreNotBuiltAndTheOthersAre() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("E/good/t.txt", BookFixtures.letter(1))
        try folder.write("E/good/edition.yaml", "version: 1.0.0\n")
        try folder.write("E/broken/t.txt", BookFixtures.letter(2) + "\nA lost note./9/\n")
        try folder.write("E/broken/edition.yaml", "version: 1.0.0\n")
        let result = try GalleyProcess.run(["build", "E", "-o", "dist"], in: folder.url, environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error: [FN001] footnote /9/ has no body"))
        #expect(result.stdout.contains("built dist/good-1.0.0.epub"))
        #expect(result.stderr.contains("not building E/broken"))
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/dist")
        #expect(written == ["good-1.0.0.epub"], "no book and no temporary file for the broken edition")
    }

    @Test func buildRefusesSingleTextsAndBadEpochs() throws {
        let text = try GalleyProcess.run(["build", Self.seed + "/khrushchev-to-kennedy-1962-10-26.txt", "-o", "/tmp/galley-never"])
        #expect(text.status == 2 && text.stderr.contains("edition folders"))
        let epoch = try GalleyProcess.run(["build", Self.seed, "-o", "/tmp/galley-never"], environment: ["SOURCE_DATE_EPOCH": "yesterday"])
        #expect(epoch.status == 2 && epoch.stderr.contains("SOURCE_DATE_EPOCH"))
    }

    @Test func infoPrintsTheMetadata() throws {
        let result = try GalleyProcess.run(["info", Self.seed], environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("sender:     Embassy in the Soviet Union"))
        #expect(result.stdout.contains("modified:     2023-11-14T22:13:20Z (from SOURCE_DATE_EPOCH)"))
        let json = try GalleyProcess.run(["info", "--format", "json", Self.seed])
        #expect(json.status == 0 && json.stdout.contains("\"volumeLabel\" : \"1961–1963, Volume XI\""))
        let missing = try GalleyProcess.run(["info", "Editions/none"])
        #expect(missing.status == 2)
    }
}

@Suite struct BuildCacheTests {
    @Test func unchangedBooksAreNotRebuiltAndTamperedOnesAre() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("E/ed/t.txt", BookFixtures.letter(1))
        try folder.write("E/ed/edition.yaml", "version: 1.0.0\n")
        let environment = ["SOURCE_DATE_EPOCH": "1700000000"]
        let first = try GalleyProcess.run(["build", "E"], in: folder.url, environment: environment)
        #expect(first.stdout.contains("built dist/ed-1.0.0.epub"))
        let second = try GalleyProcess.run(["build", "E", "--jobs", "1"], in: folder.url, environment: environment)
        #expect(second.stdout.contains("unchanged dist/ed-1.0.0.epub"))
        let book = try folder.read("dist/ed-1.0.0.epub")
        try folder.write("dist/ed-1.0.0.epub", Data("damaged".utf8))
        let third = try GalleyProcess.run(["build", "E"], in: folder.url, environment: environment)
        #expect(third.stdout.contains("built dist/ed-1.0.0.epub"))
        #expect(try folder.read("dist/ed-1.0.0.epub") == book, "the rebuilt book is the same book")
        let forced = try GalleyProcess.run(["build", "E", "--no-cache"], in: folder.url, environment: environment)
        #expect(forced.stdout.contains("built dist/ed-1.0.0.epub"))
    }
}

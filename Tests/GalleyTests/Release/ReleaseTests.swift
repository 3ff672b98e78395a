import Foundation
import GalleyArchive
import GalleyPipeline
import GalleyRelease
import Testing

/// `galley release`: bags checked by the Library of Congress validator,
/// immutability, changelogs between versions, the catalog and OPDS feed.
@Suite struct ReleaseTests {
    static let environment = ["SOURCE_DATE_EPOCH": "1700000000"]

    static let letter = """
        Letter From the Galley Editors to the Archive, March 3, 2026

        Source: Galley test fixtures, Volume III, Releases

        Washington, March 3, 2026.

        //Source: Written for Galley's tests.

        The first paragraph stays as it is./1/

        /1/A note that stays.

        The second paragraph will be reworded in the next version.

        /s/ The Editors

        """

    func makeEdition(in folder: TemporaryFolder, version: String = "1.0.0", text: String = letter, title: String? = nil) throws -> String {
        try folder.write("ed/letter.txt", text)
        try folder.write("ed/edition.yaml", "version: \(version)\npublisher: Galley Tests\n" + (title.map { "subtitle: \($0)\n" } ?? ""))
        return folder.path + "/ed"
    }

    func release(_ edition: String, _ output: String) throws -> ReleaseRun.Outcome {
        try ReleaseRun(environment: Self.environment).release(edition: edition, output: output)
    }

    @Test func bagsPassTheLibraryOfCongressValidatorAndTamperingFailsIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let edition = try makeEdition(in: folder)
        guard case .released(let release) = try release(edition, folder.path + "/dist") else {
            Issue.record("not released")
            return
        }
        #expect(release.files == ["CHANGELOG.md", "SHA256SUMS", "ed-1.0.0.epub", "ed-1.0.0.tar.gz", "ed-1.0.0.zip", "metadata.json"])
        let sums = try Oracles.run(["sha256sum", "--check", "--strict", "SHA256SUMS"], in: release.folder)
        #expect(sums.status == 0, "\(sums.output)")

        for format in ["tar.gz", "zip"] {
            let extracted = folder.path + "/x-\(format)"
            try Oracles.extract("\(release.folder)/ed-1.0.0.\(format)", into: extracted)
            let bag = extracted + "/ed-1.0.0"
            let valid = try Oracles.validateBag(bag)
            #expect(valid.status == 0, "\(format): \(valid.output)")
            let info = try String(contentsOfFile: bag + "/bag-info.txt", encoding: .utf8)
            #expect(info.contains("Source-Organization: Galley Tests\n") && info.contains("Bagging-Date: 2023-11-14\n")
                    && info.contains("Version: 1.0.0\n") && info.contains("External-Identifier: urn:uuid:"))
            let payload = try String(contentsOfFile: bag + "/data/edition/letter.txt", encoding: .utf8)
            #expect(payload == Self.letter, "the source text is bagged byte for byte")

            // One changed payload byte, and the validator says no.
            var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: bag + "/data/edition/letter.txt")))
            bytes[0] ^= 0x20
            try Data(bytes).write(to: URL(fileURLWithPath: bag + "/data/edition/letter.txt"))
            #expect(try Oracles.validateBag(bag).status != 0, "\(format): a tampered bag still validates")
        }
    }

    @Test func aReleasedVersionNeverChanges() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let edition = try makeEdition(in: folder)
        let dist = folder.path + "/dist"
        _ = try release(edition, dist)
        let snapshot = try Self.snapshot(dist)

        guard case .unchanged = try release(edition, dist) else {
            Issue.record("the same content was not recognised as already released")
            return
        }
        #expect(try Self.snapshot(dist) == snapshot)

        try folder.write("ed/letter.txt", Self.letter.replacingOccurrences(of: "stays as it is", with: "was quietly edited"))
        #expect(throws: GalleyError.self) { try release(edition, dist) }
        #expect(try Self.snapshot(dist) == snapshot, "a refused release changes nothing on disk")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dist + "/ed")
        #expect(leftovers == ["1.0.0"], "no partial folder is left behind")
    }

    @Test func theChangelogComesFromTheModels() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let edition = try makeEdition(in: folder)
        let dist = folder.path + "/dist"
        _ = try release(edition, dist)

        let revised = Self.letter
            .replacingOccurrences(of: "will be reworded in the next version", with: "was reworded in this version")
            .replacingOccurrences(of: "/s/ The Editors", with: "A new paragraph with a new note./2/\n\n/2/A new note.\n\n/s/ The Editors")
        _ = try makeEdition(in: folder, version: "1.1.0", text: revised, title: "Second Thoughts")
        guard case .released(let second) = try release(edition, dist) else {
            Issue.record("1.1.0 not released")
            return
        }
        let changes = second.changelog.changes.map { "\($0.kind) \($0.subject)" }
        #expect(second.changelog.previousVersion == "1.0.0")
        #expect(changes.sorted() == ["added footnote", "added paragraph", "changed metadata", "changed paragraph"])
        let changedParagraph = try #require(second.changelog.changes.first { $0.kind == "changed" && $0.subject == "paragraph" })
        #expect(changedParagraph.detail.contains("will be reworded") && changedParagraph.detail.contains("was reworded"))
        #expect(second.changelog.changes.contains { $0.subject == "metadata" && $0.detail.hasPrefix("`subtitle`") })

        let changelog = try String(contentsOfFile: second.folder + "/CHANGELOG.md", encoding: .utf8)
        #expect(changelog.contains("## 1.1.0 (2023-11-14)") && changelog.contains("## 1.0.0 (2023-11-14)\n\nFirst release."))
        #expect(changelog.range(of: "## 1.1.0")!.lowerBound < changelog.range(of: "## 1.0.0")!.lowerBound)

        // The catalog and feed list both versions, newest first, and parse.
        let catalog = try JSONDecoder().decode(Catalog.self, from: Data(contentsOf: URL(fileURLWithPath: dist + "/catalog.json")))
        #expect(catalog.editions.map(\.slug) == ["ed"])
        #expect(catalog.editions[0].latestVersion == "1.1.0")
        #expect(catalog.editions[0].versions.map(\.version) == ["1.1.0", "1.0.0"])
        #expect(catalog.editions[0].versions[0].changes.contains("added footnote"))
        let epub = try #require(catalog.editions[0].versions[0].files.first { $0.path == "ed/1.1.0/ed-1.1.0.epub" })
        let epubBytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: dist + "/" + epub.path)))
        #expect(epub.size == epubBytes.count && epub.sha256 == Digests.sha256(epubBytes))
        let feed = try [UInt8](Data(contentsOf: URL(fileURLWithPath: dist + "/opds.xml")))
        #expect(XMLChecker.problems(in: feed).isEmpty)
        let feedText = String(decoding: feed, as: UTF8.self)
        #expect(feedText.contains("href=\"ed/1.1.0/ed-1.1.0.epub\" type=\"application/epub+zip\""))
        #expect(!feedText.contains("ed-1.0.0"), "the feed offers the latest version")

        // Rebuilt from the folders alone, the catalog is the same.
        let before = try Data(contentsOf: URL(fileURLWithPath: dist + "/catalog.json"))
        try CatalogWriter.rebuild(output: dist)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dist + "/catalog.json")) == before)
    }

    @Test func archivesAreByteForByteReproducibleAcrossTimeZones() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try makeEdition(in: folder)
        var releases: [[Data]] = []
        for zone in ["UTC", "Asia/Kathmandu"] {
            let result = try GalleyProcess.run(["release", "ed", "-o", "dist-\(zone.replacingOccurrences(of: "/", with: "-"))"],
                                               in: folder.url, environment: ["SOURCE_DATE_EPOCH": "1700000000", "TZ": zone])
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
            let dir = folder.path + "/dist-\(zone.replacingOccurrences(of: "/", with: "-"))/ed/1.0.0/"
            releases.append(try ["ed-1.0.0.tar.gz", "ed-1.0.0.zip", "ed-1.0.0.epub", "SHA256SUMS"].map {
                try Data(contentsOf: URL(fileURLWithPath: dir + $0))
            })
        }
        #expect(releases[0] == releases[1])
    }

    /// Every file under a folder with its bytes.
    static func snapshot(_ folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder)
            result[path] = isFolder.boolValue ? Data() : try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))
        }
        return result
    }
}

/// A release killed at any moment leaves either the whole version or none of it.
@Suite struct InterruptedReleaseTests {
    /// Starts `galley release ed -o dist` and kills it after `delay` microseconds.
    func releaseKilled(in folder: TemporaryFolder, after delay: Int, epoch: String) throws {
        let process = Process()
        process.executableURL = TestPaths.galleyBinary
        process.arguments = ["release", "ed", "-o", "dist"]
        process.currentDirectoryURL = folder.url
        process.environment = ["SOURCE_DATE_EPOCH": epoch, "PATH": "/usr/bin:/bin"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(useconds_t(delay))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    @Test func killedReleasesLeaveNoHalfWrittenVersion() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ed/letter.txt", ReleaseTests.letter)
        try folder.write("ed/edition.yaml", "version: 1.0.0\n")
        let version = folder.path + "/dist/ed/1.0.0"
        for attempt in 0..<12 {
            try releaseKilled(in: folder, after: 2_000 * attempt * attempt, epoch: "1700000000")
            if FileManager.default.fileExists(atPath: version) {
                let files = try FileManager.default.contentsOfDirectory(atPath: version).sorted()
                #expect(files == ["CHANGELOG.md", "SHA256SUMS", "ed-1.0.0.epub", "ed-1.0.0.tar.gz", "ed-1.0.0.zip", "metadata.json"])
                let sums = try Oracles.run(["sha256sum", "--check", "--strict", "SHA256SUMS"], in: version)
                #expect(sums.status == 0, "a killed release left a damaged version: \(sums.output)")
                try FileManager.default.removeItem(atPath: version)
            }
        }
        // Killing the release of a new version leaves the previous one and the
        // catalog exactly as they were.
        _ = try GalleyProcess.run(["release", "ed", "-o", "dist"], in: folder.url, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        let before = try ReleaseTests.snapshot(version)
        let catalog = try folder.read("dist/catalog.json")
        try folder.write("ed/edition.yaml", "version: 1.1.0\n")
        for attempt in 0..<8 {
            try releaseKilled(in: folder, after: 3_000 * attempt * attempt, epoch: "1700000001")
            #expect(try ReleaseTests.snapshot(version) == before, "1.0.0 changed")
            let current = try folder.read("dist/catalog.json")
            #expect(current == catalog || (try? JSONSerialization.jsonObject(with: current)) != nil, "the catalog is whole")
            if FileManager.default.fileExists(atPath: folder.path + "/dist/ed/1.1.0") {
                try FileManager.default.removeItem(atPath: folder.path + "/dist/ed/1.1.0")
            }
        }
        // Whatever the kills left, one more release completes and cleans up.
        let final = try GalleyProcess.run(["release", "ed", "-o", "dist"], in: folder.url, environment: ["SOURCE_DATE_EPOCH": "1700000001"])
        #expect(final.status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/dist/ed").sorted()
        #expect(leftovers == ["1.0.0", "1.1.0"], "stale partial folders are removed: \(leftovers)")
    }
}

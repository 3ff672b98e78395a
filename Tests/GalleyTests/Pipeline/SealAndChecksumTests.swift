import Foundation
import GalleyModel
import GalleyPipeline
import GalleyReport
import Testing

/// `galley seal` and the checksum rules working together on a real folder.
@Suite struct SealAndChecksumTests {
    static let text = """
        Letter From the Galley Editors to the Reader, January 5, 2026

        Source: Galley test fixtures, Volume I, Seal

        Washington, January 5, 2026.

        //Source: Written for Galley's tests.

        A sealed text./1/

        /1/A note.

        /s/ The Editors

        """

    func makeEdition() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("ed/letter.txt", Self.text)
        try folder.write("ed/edition.yaml", "version: 1.0.0\n")
        return folder
    }

    func rules(_ report: CheckReport) -> [String] { report.findings.map(\.diagnostic.rule.rawValue) }

    @Test func sealWritesWhatSha256sumVerifies() throws {
        let folder = try makeEdition()
        defer { folder.remove() }
        let edition = folder.url.appendingPathComponent("ed").path
        guard case .sealed(_, let files, let changed) = try Sealer.seal(folder: edition) else {
            Issue.record("seal refused a clean edition")
            return
        }
        #expect(files == 2 && changed)
        let list = String(decoding: try folder.read("ed/SHA256SUMS"), as: UTF8.self)
        let lines = list.split(separator: "\n").map(String.init)
        #expect(lines.map { $0.dropFirst(66) } == ["edition.yaml", "letter.txt"])

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", "--check", "--strict", "SHA256SUMS"]
        process.currentDirectoryURL = URL(fileURLWithPath: edition)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "sha256sum -c rejects the list Galley wrote")

        #expect(rules(try CheckRun().run(paths: [edition])).isEmpty)
        guard case .sealed(_, _, let changedAgain) = try Sealer.seal(folder: edition) else { return }
        #expect(!changedAgain, "sealing an unchanged edition rewrites nothing")
    }

    @Test func tamperingIsCaughtInEachWay() throws {
        let folder = try makeEdition()
        defer { folder.remove() }
        let edition = folder.url.appendingPathComponent("ed").path
        _ = try Sealer.seal(folder: edition)

        // One changed byte: CK001 naming both digests.
        try folder.write("ed/letter.txt", Self.text.replacingOccurrences(of: "sealed", with: "sealeD"))
        let changed = try CheckRun().run(paths: [edition])
        #expect(rules(changed) == ["CK001"])
        let message = try #require(changed.findings.first?.diagnostic.message)
        #expect(message.contains("letter.txt") && message.split(separator: " ").filter { $0.count >= 64 }.count == 2)
        #expect(changed.findings.first?.diagnostic.range?.start.line == 2, "reported on the list's line for letter.txt")

        // An added file: CK002. A removed file: CK003.
        try folder.write("ed/letter.txt", Self.text)
        try folder.write("ed/extra.txt", Self.text)
        #expect(rules(try CheckRun().run(paths: [edition])) == ["CK002"])
        try FileManager.default.removeItem(atPath: edition + "/extra.txt")
        try FileManager.default.removeItem(atPath: edition + "/edition.yaml")
        // Without its manifest the edition also loses its version (MD006).
        #expect(rules(try CheckRun().run(paths: [edition])) == ["MD006", "CK003"])
    }

    @Test func sealRefusesAnEditionWithErrorsAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ed/letter.txt", Self.text.replacingOccurrences(of: "/1/A note.", with: ""))
        try folder.write("ed/edition.yaml", "version: 1.0.0\n")
        let edition = folder.url.appendingPathComponent("ed").path
        guard case .refused(let report) = try Sealer.seal(folder: edition) else {
            Issue.record("seal accepted an edition with a dangling footnote")
            return
        }
        #expect(rules(report) == ["FN001"])
        #expect(!FileManager.default.fileExists(atPath: edition + "/SHA256SUMS"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: edition)
        #expect(leftovers.sorted() == ["edition.yaml", "letter.txt"], "no temporary file is left behind")
    }

    @Test func checkNeverWritesToTheEdition() throws {
        let folder = try makeEdition()
        defer { folder.remove() }
        let edition = folder.url.appendingPathComponent("ed").path
        let before = try FileManager.default.contentsOfDirectory(atPath: edition).sorted()
        let bytes = try folder.read("ed/letter.txt")
        _ = try CheckRun().run(paths: [edition])
        #expect(try FileManager.default.contentsOfDirectory(atPath: edition).sorted() == before)
        #expect(try folder.read("ed/letter.txt") == bytes)
    }
}

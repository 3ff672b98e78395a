import Foundation
import GalleyModel
import GalleyPipeline
import GalleyReader
import Testing

/// Broken and hostile inputs: each gives a clear diagnostic and the right
/// exit status, never a crash or a hang, and nothing is written to a source.
@Suite struct HostileInputTests {
    static let header = "Title\n\nSource: X, Volume I\n\nWashington, May 1, 2026.\n\n//Source: note.\n\n"

    func rules(_ text: [UInt8]) -> [String] {
        let folder = try! TemporaryFolder()
        defer { folder.remove() }
        try! folder.write("t.txt", Data(text))
        return try! CheckRun().run(paths: [folder.path + "/t.txt"]).findings.map(\.diagnostic.rule.rawValue)
    }

    @Test func emptyAndWhitespaceOnlyFiles() {
        #expect(rules([]) == ["HD001", "HD002", "HD003", "HD005"])
        #expect(rules(Array("  \n\t\n\n".utf8)) == ["HD001", "HD002", "HD003", "HD005"])
    }

    @Test func invalidUTF8InTheTitleAMarkerAndANoteBody() {
        var bytes = Array("Ti".utf8) + [0xFF] + Array("tle\n\nSource: X\n\nWashington, May 1, 2026.\n\n//Source: n.\n\nText./1/ and /".utf8)
        bytes += [0xC3] + Array("2/ more.\n\n/1/Note ".utf8) + [0xE2, 0x82] + Array(" body.\n".utf8)
        let found = rules(bytes)
        // FF, C3 before "2", and E2 82 cut short: each bad byte is reported.
        #expect(found.filter { $0 == "EN001" }.count == 4, "\(found)")
        #expect(!found.contains("FN001") && !found.contains("FN002"), "the valid marker and its note still pair up: \(found)")
    }

    @Test func oddFootnoteNumbers() {
        let text = Self.header + "Zero/0/ padded/007/ huge/99999999999999999999/ open/12 end.\n\n/0/Zero.\n\n/007/Seven.\n"
        let found = rules(Array(text.utf8))
        #expect(found.filter { $0 == "FN007" }.count == 4, "\(found)")
        #expect(!found.contains("FN001"), "/99999999999999999999/ and /12 are text, not markers")
    }

    @Test func thousandsOfFootnotes() {
        var text = Self.header
        for number in 1...3000 { text += "Paragraph \(number)./\(number)/\n\n/\(number)/Note \(number).\n\n" }
        #expect(rules(Array(text.utf8)).isEmpty)
    }

    /// A 10 MB line of non-ASCII text with a marker every 100 bytes: locating
    /// each marker must not scan the line from its start (that would hang).
    @Test func aTenMegabyteLine() {
        var line = ""
        line.reserveCapacity(10_500_000)
        var number = 0
        while line.utf8.count < 10_000_000 {
            number += 1
            line += String(repeating: "é", count: 45) + "/\(number)/ "
        }
        let document = PlainTextReader.read(Array((Self.header + line + "\n").utf8), path: "long.txt")
        #expect(document.footnoteReferences.count == number)
        let last = document.footnoteReferences[number - 1]
        #expect(last.range.start.line == 9)
        // Every marker but the last is preceded by 45 é, its own digits and a space.
        let digits = (1..<number).reduce(0) { $0 + String($1).count + 3 }
        #expect(last.range.start.column == 45 * number + digits + 1)
    }

    @Test func aFileLargerThanGalleyReadsIsAClearDiagnostic() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/huge.txt"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 200 * 1024 * 1024) // sparse: no disk used
        try handle.close()
        let findings = try CheckRun().run(paths: [path]).findings
        #expect(findings.map(\.diagnostic.rule.rawValue) == ["EN006"])
        #expect(findings.first?.diagnostic.message.contains("at most 67108864") == true, "\(findings.first?.diagnostic.message ?? "")")
    }

    @Test func yamlBombsDuplicatesAndWrongTypes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ed/t.txt", Self.header + "Body.\n")
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = Character(UnicodeScalar(UInt8(0x60 + level)))
            let name = Character(UnicodeScalar(UInt8(0x61 + level)))
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        try folder.write("ed/edition.yaml", bomb + "subjects: *j\nversion: 1.0.0\n")
        let bombed = try CheckRun().run(paths: [folder.path + "/ed"]).findings.map(\.diagnostic.rule.rawValue)
        #expect(bombed.contains("MD002") || bombed.contains("MD001"), "\(bombed)")

        try folder.write("ed/edition.yaml", "version: 1.0.0\nversion: 2.0.0\nlanguage: [en]\n")
        let duplicated = try CheckRun().run(paths: [folder.path + "/ed"]).findings.map(\.diagnostic.rule.rawValue)
        #expect(duplicated.contains("MD001"), "\(duplicated)")
    }

    /// A named pipe called `t.txt` cannot be read (and would block a naive reader).
    @Test func aTextThatIsNotARegularFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ed/good.txt", Self.header + "Body.\n")
        #expect(mkfifo(folder.path + "/ed/pipe.txt", 0o644) == 0)
        let findings = try CheckRun().run(paths: [folder.path + "/ed"]).findings
        let pipe = findings.first { $0.diagnostic.file.hasSuffix("pipe.txt") }
        #expect(pipe?.diagnostic.rule == "EN006", "\(findings.map(\.diagnostic.message))")
    }

    @Test func symbolicLinksAreNotFollowed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("outside.txt", Self.header + "Secret.\n")
        try folder.write("ed/t.txt", Self.header + "Body.\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/ed/link.txt", withDestinationPath: folder.path + "/outside.txt")
        let findings = try CheckRun().run(paths: [folder.path + "/ed"]).findings
        let link = findings.first { $0.diagnostic.file.hasSuffix("link.txt") }
        #expect(link?.diagnostic.rule == "EN006" && link?.diagnostic.message.contains("symbolic link") == true)
    }

    /// A full disk, simulated with a file-size limit: a clear error, exit 2,
    /// and no partial book at the target path.
    @Test func aFullDiskLeavesNoPartialOutput() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("E/ed/t.txt", BookFixtures.manyNotes)
        try folder.write("E/ed/edition.yaml", "version: 1.0.0\n")
        let script = "ulimit -f 2; trap '' XFSZ; exec \"$0\" build --no-cache E -o dist"
        let result = try Oracles.run(["bash", "-c", script, TestPaths.galleyBinary.path], in: folder.path,
                                     environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(result.status == 2, "\(result.output)")
        #expect(result.output.contains("build: dist/ed-1.0.0.epub: cannot write"), "\(result.output)")
        let left = (try? FileManager.default.contentsOfDirectory(atPath: folder.path + "/dist")) ?? []
        #expect(left.isEmpty, "no book and no temporary file: \(left)")
    }
}

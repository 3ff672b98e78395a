import Foundation
import GalleyModel
import GalleyPipeline
import GalleyReport
import Testing

@Suite struct CheckRunTests {
    @Test func resolvesFoldersOfEditionsEditionsAndTexts() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Editions/b/b.txt", "x")
        try folder.write("Editions/a/edition.yaml", "title: A\n")
        try folder.write("Editions/a/a.txt", "x")
        try folder.write("Editions/group/c/c.txt", "x")
        try folder.write("loose.txt", "x")
        let root = folder.path
        let targets = try CheckTarget.resolve([root + "/Editions", root + "/loose.txt", root + "/Editions/a/"])
        #expect(targets == [
            .edition(root + "/Editions/a"), .edition(root + "/Editions/b"), .edition(root + "/Editions/group/c"),
            .text(root + "/loose.txt"),
        ])
        #expect(throws: GalleyError.self) { try CheckTarget.resolve([root + "/missing"]) }
    }

    /// Many editions checked in parallel give the same report every time.
    @Test func parallelRunsAreDeterministic() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for index in 0..<40 {
            try folder.write("E/ed\(index)/t.txt", "Title \(index)\n\nBody with a lost note./\(index % 3 + 1)/\n")
        }
        let first = try CheckRun().run(paths: [folder.path + "/E"])
        #expect(first.editions.count == 40)
        for _ in 0..<3 {
            let again = try CheckRun().run(paths: [folder.path + "/E"])
            #expect(again.findings == first.findings)
        }
        let files = first.findings.map(\.diagnostic.file)
        #expect(files == files.sorted())
    }

    @Test func requiredHeadersAndOverridesFromTheManifest() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ed/t.txt", "Memorandum for the Record\n\nThe body starts at once./2/\n\n/2/A note.\n")
        let edition = folder.path + "/ed"
        let defaults = try CheckRun().run(paths: [edition])
        #expect(Set(defaults.findings.map(\.diagnostic.rule.rawValue)) == ["HD002", "HD003", "HD005", "FN004", "CK005", "MD006"])

        try folder.write("ed/edition.yaml", """
            version: 1.0.0
            required-headers: [title]
            rules:
              FN004: {severity: off, reason: "the printed volume starts at note 2"}
              CK005: {severity: error, reason: "this archive requires seals"}

            """)
        let configured = try CheckRun().run(paths: [edition])
        #expect(configured.findings.map(\.diagnostic.rule.rawValue) == ["CK005"])
        #expect(configured.findings.first?.diagnostic.severity == .error)
    }

    @Test func unreadableAndBinaryFilesAreDiagnosticsAndTheRunGoesOn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ed/a.txt", Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0]))
        try folder.write("ed/b.txt", "Title\n\nBody./1/\n")
        try folder.write("ed/secret.txt", "Title\n")
        chmod(folder.path + "/ed/secret.txt", 0)
        defer { chmod(folder.path + "/ed/secret.txt", 0o644) }
        let report = try CheckRun().run(paths: [folder.path + "/ed"])
        let rules = report.findings.map { "\(($0.diagnostic.file as NSString).lastPathComponent) \($0.diagnostic.rule)" }
        #expect(rules.contains("a.txt EN005"))
        #expect(rules.contains("b.txt FN001"))
        // Root reads any file; the permission check only bites for other users.
        if getuid() != 0 { #expect(rules.contains("secret.txt EN006")) }
    }
}

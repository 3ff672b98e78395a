import Foundation
import GalleyModel
import GalleyPipeline
import GalleyReport
import Testing

/// Shards, report merging, baselines, suppressions, the cache, progress and
/// the exit-status options: what CI pipelines rely on.
@Suite struct CIRunTests {
    static func corpus(_ count: Int, in folder: TemporaryFolder) throws -> String {
        for index in 0..<count {
            try folder.write("E/ed-\(index)/t.txt", "Title \(index)\n\nBody with a lost note./\(index % 3 + 1)/\n")
        }
        return folder.path + "/E"
    }

    @Test func shardsCoverEveryEditionExactlyOnceAndStayPut() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = try Self.corpus(30, in: folder)
        func shards(_ n: Int) throws -> [Set<String>] {
            try (1...n).map { k in Set(try CheckRun(options: CheckOptions(shard: Shard("\(k)/\(n)"))).run(paths: [root]).editions) }
        }
        let three = try shards(3)
        #expect(three.reduce(0) { $0 + $1.count } == 30)
        #expect(three.reduce(Set<String>()) { $0.union($1) }.count == 30)
        #expect(three.allSatisfy { !$0.isEmpty })
        // A new edition lands in one shard; nothing else moves.
        try folder.write("E/ed-new/t.txt", "Title\n\nBody.\n")
        let after = try shards(3)
        for k in 0..<3 { #expect(three[k].isSubset(of: after[k])) }
        #expect(Shard("0/3") == nil && Shard("4/3") == nil && Shard("x") == nil)
    }

    @Test func mergedShardReportsEqualOneRun() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try Self.corpus(12, in: folder)
        let whole = try GalleyProcess.run(["check", "--no-cache", "--format", "json", "E"], in: folder.url)
        var parts: [String] = []
        for k in 1...3 {
            let part = try GalleyProcess.run(["check", "--no-cache", "--format", "json", "--shard", "\(k)/3", "E"], in: folder.url)
            try folder.write("part\(k).json", part.stdout)
            parts.append("part\(k).json")
        }
        let merged = try GalleyProcess.run(["report", "merge"] + parts, in: folder.url)
        #expect(merged.stdout == whole.stdout)
        #expect(merged.status == whole.status)
    }

    @Test func baselinesAcceptKnownFindingsAndCatchNewOnes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = "Title\n\nSource: X\n\nWashington, May 1, 2026.\n\n//Source: note.\n\nA lost note./1/\n"
        try folder.write("ed/t.txt", text)
        try folder.write("ed/edition.yaml", "version: 1.0.0\n")
        let first = try GalleyProcess.run(["check", "--no-cache", "ed", "--write-baseline", "baseline.json"], in: folder.url)
        #expect(first.status == 0)
        let clean = try GalleyProcess.run(["check", "--no-cache", "ed", "--baseline", "baseline.json"], in: folder.url)
        #expect(clean.status == 0, "\(clean.stdout)")
        #expect(clean.stdout.contains("in the baseline not shown"))
        // An edit above moves the old finding down a line; it stays accepted,
        // and the new problem fails the run.
        try folder.write("ed/t.txt", text.replacingOccurrences(of: "A lost note./1/", with: "A new lost note./2/\n\nA lost note./1/"))
        let changed = try GalleyProcess.run(["check", "--no-cache", "--format", "json", "ed", "--baseline", "baseline.json"], in: folder.url)
        #expect(changed.status == 1)
        let report = try JSONDecoder().decode(JSONReport.self, from: Data(changed.stdout.utf8))
        #expect(report.diagnostics.map(\.message).contains("footnote /2/ has no body"))
        #expect(!report.diagnostics.map(\.message).contains("footnote /1/ has no body"))
    }

    @Test func suppressionsSilenceWithAReason() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("E/ed/t.txt", "Title\n\nSource: X\n\nWashington, May 1, 2026.\n\n//Source: note.\n\nA lost note./1/\n")
        try folder.write("E/ed/edition.yaml", "version: 1.0.0\nsuppressions:\n  - {path: t.txt, rule: CK005, reason: never sealed}\n")
        let before = try GalleyProcess.run(["check", "--no-cache", "E"], in: folder.url)
        #expect(before.status == 1 && before.stdout.contains("[FN001]") && !before.stdout.contains("[CK005]") == false)
        try folder.write("E/.galley-ignore.yaml", "suppressions:\n  - {path: ed/t.txt, rule: FN001, line: 9, reason: the note is lost in the source too}\n")
        let after = try GalleyProcess.run(["check", "--no-cache", "E"], in: folder.url)
        #expect(after.status == 0, "\(after.stdout)")
        #expect(!after.stdout.contains("[FN001]"))
        // The edition's own suppression names the wrong path: CK005 is about the folder.
        #expect(after.stdout.contains("[SP002]") && after.stdout.contains("[CK005]"))
    }

    @Test func theCacheIsUsedAndNeverTrustedWhenBroken() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ed/t.txt", "Title\n\nBody./1/\n")
        let cache = folder.path + "/cache"
        let run = CheckRun(options: CheckOptions(cacheFolder: cache))
        let first = try run.run(paths: [folder.path + "/ed"])
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasSuffix(".json") }
        #expect(entries.count == 1)
        let entryPath = cache + "/" + entries[0]

        // A hit: the stored findings are what the run reports.
        var entry = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: entryPath))) as! [String: Any]
        var findings = entry["findings"] as! [[String: Any]]
        var diagnostic = findings[0]["diagnostic"] as! [String: Any]
        diagnostic["message"] = "served from the cache"
        findings[0]["diagnostic"] = diagnostic
        entry["findings"] = findings
        try JSONSerialization.data(withJSONObject: entry).write(to: URL(fileURLWithPath: entryPath))
        #expect(try run.run(paths: [folder.path + "/ed"]).findings.contains { $0.diagnostic.message == "served from the cache" })

        // A changed text misses the cache.
        try folder.write("ed/t.txt", "Title\n\nBody./2/\n")
        #expect(try run.run(paths: [folder.path + "/ed"]).findings.contains { $0.diagnostic.message == "footnote /2/ has no body" })

        // A corrupt entry is ignored and rewritten.
        try folder.write("ed/t.txt", "Title\n\nBody./1/\n")
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: entryPath))
        let repaired = try run.run(paths: [folder.path + "/ed"])
        #expect(repaired.findings == first.findings)
        #expect((try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: entryPath)))) != nil)
        #expect(try CheckRun(options: CheckOptions(cacheFolder: nil)).run(paths: [folder.path + "/ed"]).findings == first.findings)
    }

    @Test func noProgressOutsideATerminalAndQuietPrintsOnlyProblems() throws {
        let result = try GalleyProcess.run(["check", "--no-cache", "Editions"])
        #expect(!result.stderr.contains("\r") && !result.stderr.contains("editions,"))
        let quiet = try GalleyProcess.run(["check", "--no-cache", "--quiet", "Editions"])
        #expect(quiet.status == 0 && quiet.stdout.isEmpty, "notes and the summary are left out: \(quiet.stdout)")
        let failOn = try GalleyProcess.run(["check", "--no-cache", "--fail-on", "warning", "Tests/GalleyTests/Fixtures/Rules/FN006.txt"])
        #expect(failOn.status == 1)
        let jobs = try GalleyProcess.run(["check", "--jobs", "0"])
        #expect(jobs.status == 2)
    }

    @Test func rulesAsJSON() throws {
        let result = try GalleyProcess.run(["rules", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rules = try #require(object["rules"] as? [[String: String]])
        #expect(rules.count > 50 && rules.contains { $0["id"] == "FN001" && $0["severity"] == "error" && $0["scope"] == "document" })
    }
}

@Suite struct StreamingTests {
    /// Text printed edition by edition as results come in is the same text
    /// as rendering the whole report at once (a baseline forces the latter).
    @Test func streamedTextEqualsTheCollectedReport() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for index in 0..<25 {
            let name = index % 5 == 0 ? "ed-\(index)-b" : "ed-\(index)"
            try folder.write("E/\(name)/t.txt", "Title \(index)\n\nBody with a lost note./\(index % 4 + 1)/\n")
        }
        try folder.write("empty-baseline.json", #"{"schemaVersion": 1, "tool": "galley", "findings": []}"#)
        let streamed = try GalleyProcess.run(["check", "--no-cache", "--jobs", "2", "E"], in: folder.url)
        let collected = try GalleyProcess.run(["check", "--no-cache", "--baseline", "empty-baseline.json", "E"], in: folder.url)
        #expect(streamed.status == collected.status)
        #expect(streamed.stdout == collected.stdout)
        #expect(streamed.stdout.contains("E/ed-1/t.txt") && streamed.stdout.contains("E/ed-10-b/t.txt"))
    }
}

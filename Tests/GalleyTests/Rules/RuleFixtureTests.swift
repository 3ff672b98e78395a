import Foundation
import GalleyModel
import GalleyPipeline
import GalleyReport
import GalleyRules
import Testing

/// One fixture per rule under `Fixtures/Rules`: `ID.txt` (a text checked on
/// its own) or `ID/` (an edition folder), with every expected diagnostic in
/// `ID.expected`. Any diagnostic not listed there fails the test, and the
/// fixture must trigger its own rule.
@Suite struct RuleFixtureTests {
    static let ids = RuleRegistry.all.map(\.id.rawValue)

    /// The fixture of a rule: a text, a package, or a folder (an edition, or
    /// for the EP and AR rules a bag, a release or a folder of releases).
    static func fixture(_ id: String) -> URL? {
        let candidates = [".txt", ".epub", ".tar.gz", ".zip", ""].map { TestPaths.ruleFixtures.appendingPathComponent(id + $0) }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    @Test(arguments: ids)
    func fixtureGivesExactlyTheExpectedDiagnostics(id: String) throws {
        let target = try #require(Self.fixture(id), "rule \(id) has no fixture \(id).txt, .epub, .tar.gz, .zip or \(id)/")
        let isPackageRule = ["EP", "AR"].contains(String(id.prefix(2)))
        let report = isPackageRule
            ? try VerifyRun(rebuild: id == "AR009").run(paths: [target.path]).report
            : try CheckRun().run(paths: [target.path])
        #expect(report.findings.contains { $0.diagnostic.rule.rawValue == id }, "the fixture does not trigger \(id)")
        let actual = report.findings.map { Self.shortLine($0.diagnostic) }.joined(separator: "\n") + "\n"
        try Golden.check(actual, against: TestPaths.ruleFixtures.appendingPathComponent("\(id).expected"))
    }

    /// `path:line:col: severity: [ID] message`, with the path relative to the fixtures.
    static func shortLine(_ diagnostic: Diagnostic) -> String {
        let prefix = TestPaths.ruleFixtures.path + "/"
        var file = diagnostic.file
        if file.hasPrefix(prefix) { file.removeFirst(prefix.count) }
        let location = diagnostic.range.map { ":\($0.start.line):\($0.start.column)" } ?? ""
        return "\(file)\(location): \(diagnostic.severity.rawValue): [\(diagnostic.rule)] \(diagnostic.message)"
    }
}

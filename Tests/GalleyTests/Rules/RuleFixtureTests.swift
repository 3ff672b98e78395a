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

    @Test(arguments: ids)
    func fixtureGivesExactlyTheExpectedDiagnostics(id: String) throws {
        let text = TestPaths.ruleFixtures.appendingPathComponent("\(id).txt")
        let folder = TestPaths.ruleFixtures.appendingPathComponent(id)
        let target = FileManager.default.fileExists(atPath: text.path) ? text : folder
        try #require(FileManager.default.fileExists(atPath: target.path), "rule \(id) has no fixture \(id).txt or \(id)/")

        let report = try CheckRun().run(paths: [target.path])
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

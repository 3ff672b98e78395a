import Foundation
import GalleyArchive
import GalleyPipeline
import Testing

/// `galley verify` on real releases and on hostile archives built here.
@Suite struct VerifyTests {
    func release(in folder: TemporaryFolder) throws -> String {
        try folder.write("ed/letter.txt", ReleaseTests.letter)
        try folder.write("ed/edition.yaml", "version: 1.0.0\n")
        _ = try ReleaseRun(environment: ReleaseTests.environment).release(edition: folder.path + "/ed", output: folder.path + "/dist")
        return folder.path + "/dist"
    }

    @Test func aFreshReleaseVerifiesAndRebuildsIdentically() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dist = try release(in: folder)
        let outcome = try VerifyRun(rebuild: true).run(paths: [dist])
        #expect(outcome.report.findings.isEmpty, "\(outcome.report.findings.map(\.diagnostic.message))")
        #expect(outcome.report.files.count == 4, "the release folder, its EPUB and both bags")
        #expect(outcome.rebuilds.count == 1 && outcome.rebuilds[0].identical)

        let cli = try GalleyProcess.run(["verify", "--rebuild", dist])
        #expect(cli.status == 0 && cli.stdout.contains(": identical"))
    }

    @Test func tamperingInEachLayerIsCaught() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dist = try release(in: folder)
        let releaseFolder = dist + "/ed/1.0.0"
        // One byte of the EPUB inside the release: the release's SHA256SUMS catches it,
        // and the book itself no longer reads.
        var book = try [UInt8](Data(contentsOf: URL(fileURLWithPath: releaseFolder + "/ed-1.0.0.epub")))
        book[book.count / 2] ^= 0xFF
        try Data(book).write(to: URL(fileURLWithPath: releaseFolder + "/ed-1.0.0.epub"))
        let rules = Set(try VerifyRun().run(paths: [releaseFolder]).report.findings.map(\.diagnostic.rule.rawValue))
        #expect(rules.contains("AR008") && rules.contains("EP001"), "\(rules)")

        // An added file in the release folder.
        try folder.write("dist/ed/1.0.0/extra.txt", "slipped in\n")
        let added = try VerifyRun().run(paths: [releaseFolder]).report.findings
        #expect(added.contains { $0.diagnostic.rule == "AR008" && $0.diagnostic.message.contains("extra.txt is not listed") })
    }

    @Test func hostileArchivesAreRefusedWithoutCrashing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let script = """
            import io, tarfile, zipfile, gzip, sys
            out = sys.argv[1]
            def tar(name, infos):
                with tarfile.open(out + "/" + name, "w:gz") as t:
                    for info, data in infos:
                        t.addfile(info, io.BytesIO(data) if data else None)
            link = tarfile.TarInfo("bag/data/link"); link.type = tarfile.SYMTYPE; link.linkname = "/etc/passwd"
            tar("link.tar.gz", [(link, None)])
            device = tarfile.TarInfo("bag/data/null"); device.type = tarfile.CHRTYPE; device.devmajor = 1; device.devminor = 3
            tar("device.tar.gz", [(device, None)])
            absolute = tarfile.TarInfo("/etc/bag.txt"); absolute.size = 1
            tar("absolute.tar.gz", [(absolute, b"x")])
            bomb = tarfile.TarInfo("bag/data/zeros"); bomb.size = 50 * 1024 * 1024
            tar("bomb.tar.gz", [(bomb, bytes(bomb.size))])
            one = tarfile.TarInfo("bag/data/a"); one.size = 1
            tar("duplicate.tar.gz", [(one, b"a"), (one, b"a")])
            open(out + "/truncated.tar.gz", "wb").write(open(out + "/absolute.tar.gz", "rb").read()[:20])
            with zipfile.ZipFile(out + "/normalisation.zip", "w") as z:
                z.writestr("bag/data/caf\\u00e9.txt", "composed")
                z.writestr("bag/data/cafe\\u0301.txt", "decomposed")
            with zipfile.ZipFile(out + "/traversal.zip", "w") as z:
                z.writestr("bag/../../evil.txt", "x")
            open(out + "/lying.zip", "wb").write(b"PK\\x05\\x06" + bytes(16) + b"\\x00\\x00")
            """
        let made = try Oracles.run(["python3", "-c", script, folder.path])
        #expect(made.status == 0, "\(made.output)")
        let expectations = [
            "link.tar.gz": "symbolic link", "device.tar.gz": "device file", "absolute.tar.gz": "absolute path",
            "bomb.tar.gz": "too large", "duplicate.tar.gz": "appears twice", "truncated.tar.gz": "damaged",
            "traversal.zip": "`..` component", "normalisation.zip": "appears twice",
        ]
        for (name, phrase) in expectations {
            let findings = try VerifyRun().run(paths: [folder.path + "/" + name]).report.findings
            #expect(findings.count == 1 && findings[0].diagnostic.rule == "AR001", "\(name): \(findings.map(\.diagnostic.message))")
            #expect(findings.first?.diagnostic.message.contains(phrase) == true, "\(name): \(findings.first?.diagnostic.message ?? "")")
        }
        // An empty zip is not a bag either: no declaration, no manifest.
        let lying = try VerifyRun().run(paths: [folder.path + "/lying.zip"]).report.findings
        #expect(!lying.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: "/etc/bag.txt") && !FileManager.default.fileExists(atPath: folder.path + "/../evil.txt"))
    }

    @Test func verifyCLIStatusAndJSON() throws {
        let fixture = "Tests/GalleyTests/Fixtures/Rules/EP006.epub"
        let result = try GalleyProcess.run(["verify", "--format", "json", fixture])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["rule"] as? String } == ["EP006"])
        #expect(try GalleyProcess.run(["verify", "no/such.epub"]).status == 2)
    }
}

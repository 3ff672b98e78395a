import ArgumentParser
import GalleyPipeline

/// `galley release EDITION … [--output DIR]`
struct ReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "Release an edition's version: EPUB, BagIt tar.gz and zip, metadata, changelog, checksums, catalog.",
        discussion: """
            Writes DIR/<slug>/<version>/ (default dist/) and rebuilds DIR/catalog.json and DIR/opds.xml. \
            A released version never changes: the same content again writes nothing, different content \
            is refused. Set SOURCE_DATE_EPOCH for byte-identical releases.
            """
    )

    @Argument(help: "Edition folders.")
    var editions: [String]

    @Option(name: [.short, .long], help: "The distribution folder.")
    var output = "dist"

    @Option(help: "Colour: auto, always, never.")
    var color: ColorChoice = .auto

    func run() throws {
        var status = ExitStatus.clean
        for edition in editions {
            switch try ReleaseRun().release(edition: edition, output: output) {
            case .released(let release):
                if !release.report.findings.isEmpty { try ReportOutput.write(release.report, format: .text, color: color) }
                Terminal.write("released \(release.folder): \(release.files.joined(separator: ", "))\n")
            case .unchanged(let release):
                Terminal.write("\(release.folder) is already released with this content; nothing written\n")
            case .refused(let report):
                try ReportOutput.write(report, format: .text, color: color)
                Terminal.writeError("galley: not releasing \(edition): it has errors\n")
                status = .findings
            }
        }
        throw status.exitCode
    }
}

/// `galley catalog [DIR]`
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Rebuild DIR/catalog.json and DIR/opds.xml from the release folders."
    )

    @Argument(help: "The distribution folder.")
    var output = "dist"

    func run() throws {
        try CatalogWriter.rebuild(output: output)
        Terminal.write("rebuilt \(output)/catalog.json and \(output)/opds.xml\n")
    }
}

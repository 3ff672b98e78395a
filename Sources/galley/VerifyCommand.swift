import ArgumentParser
import GalleyPipeline

/// `galley verify PATH …`
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Prove EPUBs, bags (folder, tar.gz, zip), release folders or a whole dist/ intact.",
        discussion: """
            Archives are read in memory; nothing is extracted. Exit status as for check: 0 intact, \
            1 problems found, 2 usage or I/O failure.
            """
    )

    @Argument(help: "EPUBs, bags, release folders or distribution folders.")
    var paths: [String]

    @Flag(help: "Also rebuild each release from its bagged sources and compare the bytes.")
    var rebuild = false

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @Option(help: "Colour: auto, always, never.")
    var color: ColorChoice = .auto

    @Flag(help: "Fail on warnings too.")
    var strict = false

    func run() throws {
        let outcome = try VerifyRun(rebuild: rebuild).run(paths: paths)
        try ReportOutput.write(outcome.report, format: format, color: color)
        if format == .text {
            for (folder, identical) in outcome.rebuilds {
                Terminal.write(identical ? "rebuilt \(folder): identical\n" : "rebuilt \(folder): DIFFERENT\n")
            }
        }
        throw ReportOutput.status(for: outcome.report, strict: strict).exitCode
    }
}

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

    @OptionGroup var report: ReportOptions

    func run() throws {
        let outcome = try VerifyRun(rebuild: rebuild).run(paths: paths)
        let lines = outcome.rebuilds.map { "rebuilt \($0.folder): \($0.identical ? "identical" : "DIFFERENT")" }
        throw try report.finish(outcome.report, extra: lines).exitCode
    }
}

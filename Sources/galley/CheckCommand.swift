import ArgumentParser
import Foundation
import GalleyPipeline
import GalleyReport

/// `galley check [PATH …]`
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check editions and texts against Galley's rules.",
        discussion: """
            PATH is an edition folder, a single .txt file, or a folder of editions (default: Editions). \
            Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 usage or I/O failure.
            """
    )

    @Argument(help: "Editions, texts or folders of editions.")
    var paths: [String] = ["Editions"]

    @OptionGroup var report: ReportOptions
    @OptionGroup var runOptions: RunOptions

    func run() throws {
        let progress = Progress.forTerminal(enabled: report.format == .text && !report.quiet)
        let run = CheckRun(options: runOptions.checkOptions(progress: progress?.update))
        if report.canStream {
            throw try report.stream(run, paths: paths, beforeSummary: { progress?.finish() }).exitCode
        }
        let result = try run.run(paths: paths)
        progress?.finish()
        throw try report.finish(result).exitCode
    }
}

/// Printing a report and judging it, for the commands without the full options.
enum ReportOutput {
    static func write(_ report: CheckReport, format: ReportFormat, color: ColorChoice) throws {
        switch format {
        case .json:
            Terminal.write(String(decoding: try JSONReport(report).encoded(), as: UTF8.self) + "\n")
        default:
            Terminal.write(TextRenderer(useColor: Terminal.wantsColor(color)).render(report))
        }
    }

    static func status(for report: CheckReport, strict: Bool) -> ExitStatus {
        report.hasErrors || (strict && report.hasWarnings) ? .findings : .clean
    }
}

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

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @Option(help: "Colour: auto (on a terminal without NO_COLOR), always, never.")
    var color: ColorChoice = .auto

    @Flag(help: "Fail on warnings too.")
    var strict = false

    func run() throws {
        let report = try CheckRun().run(paths: paths)
        try ReportOutput.write(report, format: format, color: color)
        throw ReportOutput.status(for: report, strict: strict).exitCode
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

extension ColorChoice: ExpressibleByArgument {}

/// Printing a report and judging it, shared by the commands that check.
enum ReportOutput {
    static func write(_ report: CheckReport, format: ReportFormat, color: ColorChoice) throws {
        switch format {
        case .text:
            Terminal.write(TextRenderer(useColor: Terminal.wantsColor(color)).render(report))
        case .json:
            Terminal.write(String(decoding: try JSONReport(report).encoded(), as: UTF8.self) + "\n")
        }
    }

    static func status(for report: CheckReport, strict: Bool) -> ExitStatus {
        report.hasErrors || (strict && report.hasWarnings) ? .findings : .clean
    }
}

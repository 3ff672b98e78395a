import ArgumentParser
import Foundation
import GalleyPipeline
import GalleyReport

/// `galley report merge FILE …`
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Work with JSON reports.",
        subcommands: [Merge.self]
    )

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge the JSON reports of several shards into the report one run would have given."
        )

        @Argument(help: "JSON reports written by `galley check --format json`.")
        var reports: [String]

        func run() throws {
            let decoded = try reports.map { path -> JSONReport in
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw GalleyError(step: "report merge", path: path, problem: "cannot read it")
                }
                do {
                    return try JSONDecoder().decode(JSONReport.self, from: data)
                } catch {
                    throw GalleyError(step: "report merge", path: path, problem: "not a Galley JSON report (\(error))")
                }
            }
            let merged = JSONReport.merge(decoded)
            Terminal.write(String(decoding: try merged.encoded(), as: UTF8.self) + "\n")
            throw (merged.counts.error > 0 ? ExitStatus.findings : .clean).exitCode
        }
    }
}

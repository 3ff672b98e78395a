import ArgumentParser
import Foundation
import GalleyPipeline

/// `galley build [EDITION …] [--output DIR]`
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check editions and build an EPUB 3 book of each one without errors.",
        discussion: """
            Writes DIR/<slug>-<version>.epub (default dist/) atomically. An edition with errors is not built; \
            its diagnostics are printed and the exit status is 1, while the other editions still build. \
            Set SOURCE_DATE_EPOCH for byte-identical books.
            """
    )

    @Argument(help: "Edition folders, or folders of editions.")
    var editions: [String] = ["Editions"]

    @Option(name: [.short, .long], help: "Where the books go.")
    var output = "dist"

    @Option(help: "Colour: auto, always, never.")
    var color: ColorChoice = .auto

    @Flag(help: "Fail on warnings too (the books are still built).")
    var strict = false

    @Option(name: [.short, .long], help: "Editions built at once (default: the number of cores).")
    var jobs: Int?

    @Flag(name: .customLong("no-cache"), help: "Rebuild every book, even when its inputs have not changed.")
    var noCache = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let options = CheckOptions(jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                   cacheFolder: noCache ? nil : ".galley-cache")
        let outcome = try BuildRun(options: options).run(paths: editions, outputFolder: output)
        if !outcome.report.findings.isEmpty {
            try ReportOutput.write(outcome.report, format: .text, color: color)
        }
        for book in outcome.books {
            Terminal.write(book.unchanged ? "unchanged \(book.path) (\(book.byteCount) bytes)\n" : "built \(book.path) (\(book.byteCount) bytes)\n")
        }
        for folder in outcome.skipped {
            Terminal.writeError("galley: not building \(folder): it has errors\n")
        }
        throw ReportOutput.status(for: outcome.report, strict: strict).exitCode
    }
}

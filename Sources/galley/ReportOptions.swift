import ArgumentParser
import Foundation
import GalleyModel
import GalleyPipeline
import GalleyReport
import GalleyRules

/// The output options `check` and `verify` share.
struct ReportOptions: ParsableArguments {
    @Option(help: "Output format: text, json, sarif, github or junit.")
    var format: ReportFormat = .text

    @Option(help: "Colour: auto (on a terminal without NO_COLOR), always, never.")
    var color: ColorChoice = .auto

    @Flag(help: "Fail on warnings too (the same as --fail-on warning).")
    var strict = false

    @Option(name: .customLong("fail-on"), help: "The lowest severity that fails the run: error or warning.")
    var failOn: FailLevel?

    @Flag(name: [.short, .long], help: "Print only errors and warnings: no notes, no summary.")
    var quiet = false

    @Option(help: "Fail only on findings that are not in this baseline file.")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Record the current findings as the baseline in this file.")
    var writeBaseline: String?

    var failSeverity: Severity { strict ? .warning : (failOn?.severity ?? .error) }

    /// Applies the baseline, prints the report, and gives the exit status.
    func finish(_ report: CheckReport, extra: [String] = []) throws -> ExitStatus {
        if let writeBaseline {
            do {
                try Baseline(report).encoded().write(to: URL(fileURLWithPath: writeBaseline))
            } catch {
                throw GalleyError(step: "baseline", path: writeBaseline, problem: "cannot write it (\(error.localizedDescription))")
            }
            Terminal.writeError("galley: wrote \(report.findings.count) findings to the baseline \(writeBaseline)\n")
            return .clean
        }
        var report = report
        var baselined = 0
        if let baseline {
            guard let data = FileManager.default.contents(atPath: baseline),
                  let accepted = try? JSONDecoder().decode(Baseline.self, from: data) else {
                throw GalleyError(step: "baseline", path: baseline, problem: "not a Galley baseline file")
            }
            (report, baselined) = accepted.filter(report)
        }
        if quiet {
            report = CheckReport(editions: report.editions, files: report.files,
                                 findings: report.findings.filter { $0.diagnostic.severity != .note })
        }
        try write(report, baselined: baselined, extra: extra)
        let fails = report.findings.contains { $0.diagnostic.severity >= failSeverity }
        return fails ? .findings : .clean
    }

    /// Whether the report can be printed as it is produced: text without a
    /// baseline needs no finding before it is printed, so memory stays flat.
    var canStream: Bool { format == .text && baseline == nil && writeBaseline == nil }

    /// Checks, printing each edition's findings as soon as they are in order.
    func stream(_ run: CheckRun, paths: [String], beforeSummary: () -> Void = {}) throws -> ExitStatus {
        let renderer = TextRenderer(useColor: Terminal.wantsColor(color))
        var counts: [Severity: Int] = [:]
        var files = 0
        var editions = 0
        var fails = false
        try run.stream(paths: paths) { chunk in
            if chunk.edition != nil { editions += 1 }
            files += chunk.files.count
            var text = ""
            for finding in chunk.findings {
                let severity = finding.diagnostic.severity
                counts[severity, default: 0] += 1
                if severity >= failSeverity { fails = true }
                if quiet && severity == .note { continue }
                text += renderer.render(finding)
            }
            if !text.isEmpty { Terminal.write(text) }
        }
        beforeSummary()
        if !quiet {
            Terminal.write(renderer.summary(files: files, editions: editions, counts: counts) + "\n")
        }
        return fails ? .findings : .clean
    }

    func write(_ report: CheckReport, baselined: Int, extra: [String]) throws {
        let rules = RuleRegistry.all.map {
            ReportRule(id: $0.id, defaultSeverity: $0.defaultSeverity, summary: $0.summary, documentation: $0.documentation, scope: $0.scope)
        }
        switch format {
        case .text:
            let renderer = TextRenderer(useColor: Terminal.wantsColor(color))
            if quiet {
                Terminal.write(report.findings.map(renderer.render).joined())
            } else {
                var summary = renderer.summary(report)
                if baselined > 0 { summary += " (\(baselined) in the baseline not shown)" }
                Terminal.write(report.findings.map(renderer.render).joined() + summary + "\n" + extra.map { $0 + "\n" }.joined())
            }
        case .json:
            Terminal.write(String(decoding: try JSONReport(report).encoded(), as: UTF8.self) + "\n")
        case .sarif:
            Terminal.write(String(decoding: try SARIFReport.encode(report, rules: rules,
                                                                       documentation: ReportRule.documentationURL(environment: ProcessInfo.processInfo.environment)), as: UTF8.self) + "\n")
        case .github:
            Terminal.write(GitHubReport.render(report))
        case .junit:
            Terminal.write(String(decoding: JUnitReport.render(report, rules: rules, failOn: failSeverity), as: UTF8.self))
        }
    }
}

/// How many editions to check at once, which share, and the cache.
struct RunOptions: ParsableArguments {
    @Option(name: [.short, .long], help: "Editions checked at once (default: the number of cores).")
    var jobs: Int?

    @Option(help: "Check only share K of N (for example 2/4), stable as editions are added.")
    var shard: String?

    @Flag(name: .customLong("no-cache"), help: "Do not use or update the incremental cache (.galley-cache/).")
    var noCache = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard takes K/N with 1 ≤ K ≤ N, for example 2/4") }
    }

    func checkOptions(progress: (@Sendable (Int, Int) -> Void)?) -> CheckOptions {
        CheckOptions(jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, shard: shard.flatMap(Shard.init),
                     cacheFolder: noCache ? nil : ".galley-cache", progress: progress)
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, github, junit
}

enum FailLevel: String, ExpressibleByArgument, CaseIterable {
    case error, warning
    var severity: Severity { self == .error ? .error : .warning }
}

extension ColorChoice: ExpressibleByArgument {}

import Foundation
import GalleyModel

/// A baseline: the findings a project has accepted for now, so that CI
/// fails only on new ones. Findings are matched by rule, file and
/// fingerprint (see ``Fingerprint``), not by line number.
public struct Baseline: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1

    public struct Entry: Codable, Sendable, Hashable {
        public let rule: String
        public let file: String
        public let fingerprint: String
        /// For people reading the file; not used to match.
        public let message: String
    }

    public var schemaVersion = Baseline.currentSchemaVersion
    public var tool = "galley \(GalleyVersion.current)"
    public let findings: [Entry]

    public init(_ report: CheckReport) {
        findings = zip(report.findings, Fingerprint.compute(report.findings)).map { finding, fingerprint in
            Entry(rule: finding.diagnostic.rule.rawValue, file: finding.diagnostic.file, fingerprint: fingerprint,
                  message: finding.diagnostic.message)
        }
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// The report without the findings this baseline accepts, and how many those were.
    public func filter(_ report: CheckReport) -> (CheckReport, baselined: Int) {
        let accepted = Set(findings.map { "\($0.rule)\u{1F}\($0.file)\u{1F}\($0.fingerprint)" })
        let fingerprints = Fingerprint.compute(report.findings)
        var kept: [Finding] = []
        for (finding, fingerprint) in zip(report.findings, fingerprints)
        where !accepted.contains("\(finding.diagnostic.rule.rawValue)\u{1F}\(finding.diagnostic.file)\u{1F}\(fingerprint)") {
            kept.append(finding)
        }
        return (CheckReport(editions: report.editions, files: report.files, findings: kept), report.findings.count - kept.count)
    }
}

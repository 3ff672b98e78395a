import Foundation
import GalleyModel

/// The machine-readable form of a check, `galley check --format json`.
///
/// Versioned by ``schemaVersion``: fields may be added within a version,
/// never removed or changed. The README documents the schema.
public struct JSONReport: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1

    public struct Tool: Codable, Sendable, Equatable {
        public let name: String
        public let version: String
    }

    public struct Entry: Codable, Sendable, Equatable {
        public let file: String
        /// Absent for findings about a whole file.
        public let line: Int?
        public let column: Int?
        public let endLine: Int?
        public let endColumn: Int?
        /// 0-based byte offset of the start in the file.
        public let offset: Int?
        public let severity: Severity
        public let rule: String
        public let message: String
        public let hint: String?
    }

    public struct Counts: Codable, Sendable, Equatable {
        public let error: Int
        public let warning: Int
        public let note: Int
    }

    public let schemaVersion: Int
    public let tool: Tool
    public let editions: [String]
    public let files: [String]
    public let diagnostics: [Entry]
    public let counts: Counts

    public init(_ report: CheckReport) {
        schemaVersion = Self.currentSchemaVersion
        tool = Tool(name: "galley", version: GalleyVersion.current)
        editions = report.editions
        files = report.files
        diagnostics = report.findings.map { finding in
            let diagnostic = finding.diagnostic
            let range = diagnostic.range
            return Entry(
                file: diagnostic.file, line: range?.start.line, column: range?.start.column,
                endLine: range?.end.line, endColumn: range?.end.column, offset: range?.start.offset,
                severity: diagnostic.severity, rule: diagnostic.rule.rawValue, message: diagnostic.message,
                hint: diagnostic.hint)
        }
        counts = Counts(error: report.count(.error), warning: report.count(.warning), note: report.count(.note))
    }

    /// Several reports as one, as a single run over all their inputs would
    /// have given: `galley report merge` joins the reports of CI shards.
    public static func merge(_ reports: [JSONReport]) -> JSONReport {
        let entries = reports.flatMap(\.diagnostics).sorted { lhs, rhs in
            if lhs.file != rhs.file { return lhs.file < rhs.file }
            let l = (lhs.line ?? 0, lhs.column ?? 0, lhs.offset ?? 0)
            let r = (rhs.line ?? 0, rhs.column ?? 0, rhs.offset ?? 0)
            if l != r { return l < r }
            if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
            return lhs.message < rhs.message
        }
        func count(_ severity: Severity) -> Int { entries.filter { $0.severity == severity }.count }
        return JSONReport(
            schemaVersion: currentSchemaVersion, tool: Tool(name: "galley", version: GalleyVersion.current),
            editions: Array(Set(reports.flatMap(\.editions))).sorted(), files: Array(Set(reports.flatMap(\.files))).sorted(),
            diagnostics: entries, counts: Counts(error: count(.error), warning: count(.warning), note: count(.note)))
    }

    init(schemaVersion: Int, tool: Tool, editions: [String], files: [String], diagnostics: [Entry], counts: Counts) {
        self.schemaVersion = schemaVersion
        self.tool = tool
        self.editions = editions
        self.files = files
        self.diagnostics = diagnostics
        self.counts = counts
    }

    /// Pretty-printed JSON with sorted keys, the same bytes for the same report.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

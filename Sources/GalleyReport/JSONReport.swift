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

    /// Pretty-printed JSON with sorted keys, the same bytes for the same report.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

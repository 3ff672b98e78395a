import GalleyModel

/// The outcome of checking: what was looked at and every finding, in the
/// order reports print them.
///
/// Findings carry the source line they point at, so that renderers can show
/// it without the documents being kept in memory for the whole run.
public struct CheckReport: Sendable {
    public let editions: [String]
    /// Every file read, sorted.
    public let files: [String]
    public let findings: [Finding]

    public init(editions: [String], files: [String], findings: [Finding]) {
        self.editions = editions
        self.files = files
        self.findings = findings.sorted { Diagnostic.reportOrder($0.diagnostic, $1.diagnostic) }
    }

    public func count(_ severity: Severity) -> Int {
        findings.reduce(0) { $0 + ($1.diagnostic.severity == severity ? 1 : 0) }
    }

    public var hasErrors: Bool { findings.contains { $0.diagnostic.severity == .error } }
    public var hasWarnings: Bool { findings.contains { $0.diagnostic.severity == .warning } }
}

/// A diagnostic and the text of the line it starts on.
public struct Finding: Sendable, Hashable, Codable {
    public let diagnostic: Diagnostic
    public let sourceLine: String?
    public init(diagnostic: Diagnostic, sourceLine: String?) {
        self.diagnostic = diagnostic
        self.sourceLine = sourceLine
    }
}

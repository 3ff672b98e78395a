/// How serious a diagnostic is. Ordered from least to most serious.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    /// Information about the text that needs no action (a recognised trailer).
    case note
    /// Probably wrong; fails the run only under `--strict`.
    case warning
    /// Wrong; fails the run.
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

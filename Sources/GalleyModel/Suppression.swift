/// An editor's decision that a finding is known and accepted: in
/// `.galley-ignore.yaml` at the root of a folder of editions, or under
/// `suppressions:` in an edition's `edition.yaml`.
public struct Suppression: Sendable, Hashable {
    /// The glob as written, relative to the folder of the file that declares
    /// it (`*` within a folder, `**` across folders, `?` one character).
    public let path: String
    /// The glob over report paths: ``path`` under that folder.
    public let pattern: String
    public let rule: RuleID
    /// Only this line, when given.
    public let line: Int?
    /// Why: required, so that a silenced finding always says why.
    public let reason: String
    /// Where the suppression is written.
    public let file: String
    public let range: SourceRange?

    public init(path: String, pattern: String, rule: RuleID, line: Int?, reason: String, file: String, range: SourceRange?) {
        self.path = path
        self.pattern = pattern
        self.rule = rule
        self.line = line
        self.reason = reason
        self.file = file
        self.range = range
    }
}

/// The suppressions of a run and what became of them, for the SP rules.
public struct SuppressionSet: Sendable {
    /// Suppressions that are well-formed.
    public let suppressions: [Suppression]
    /// How many findings each one silenced (same order).
    public let matches: [Int]
    /// Entries that could not be read, with where and why.
    public let problems: [ManifestProblem]
    public let file: String?

    public init(suppressions: [Suppression], matches: [Int], problems: [ManifestProblem], file: String?) {
        self.suppressions = suppressions
        self.matches = matches
        self.problems = problems
        self.file = file
    }
}

/// Glob matching for suppression paths.
public enum PathGlob {
    public static func matches(_ pattern: String, _ path: String) -> Bool {
        match(Array(pattern.unicodeScalars)[...], Array(path.unicodeScalars)[...])
    }

    private static func match(_ pattern: ArraySlice<Unicode.Scalar>, _ path: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "*" {
            let double = pattern.dropFirst().first == "*"
            var rest = pattern.dropFirst(double ? 2 : 1)
            if double, rest.first == "/" {
                // `**/` also matches nothing at all.
                if match(rest.dropFirst(), path) { return true }
                rest = pattern.dropFirst(2)
            }
            var index = path.startIndex
            while true {
                if match(rest, path[index...]) { return true }
                guard index < path.endIndex, double || path[index] != "/" else { return false }
                index += 1
            }
        }
        guard let character = path.first else { return false }
        if first == "?" ? character != "/" : first == character {
            return match(pattern.dropFirst(), path.dropFirst())
        }
        return false
    }
}

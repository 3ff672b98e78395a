/// The stable identifier of a rule, such as `FN001`.
///
/// Ids are written out explicitly in each rule, never derived from a type
/// name, so renaming code can never change what CI configurations refer to.
public struct RuleID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
    /// The two-letter family (`FN`, `HD`, `EN`, …).
    public var family: String { String(rawValue.prefix(2)) }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One finding: a value that a rule returns; the run goes on.
///
/// Message and hint are plain text; colour, layout and links are the
/// renderers' business.
public struct Diagnostic: Hashable, Sendable, Codable {
    public let rule: RuleID
    public var severity: Severity
    /// The file the finding is about, as the user named it.
    public let file: String
    /// Where in the file; `nil` for a finding about the file as a whole.
    public let range: SourceRange?
    public let message: String
    public let hint: String?

    public init(rule: RuleID, severity: Severity, file: String, range: SourceRange?, message: String, hint: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.file = file
        self.range = range
        self.message = message
        self.hint = hint
    }

    /// The order in which reports list diagnostics: by file, then position,
    /// then rule id, so that parallel runs print the same output.
    public static func reportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        let l = lhs.range?.start ?? SourceLocation(line: 0, column: 0, offset: 0)
        let r = rhs.range?.start ?? SourceLocation(line: 0, column: 0, offset: 0)
        if l != r { return l < r }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        return lhs.message < rhs.message
    }
}

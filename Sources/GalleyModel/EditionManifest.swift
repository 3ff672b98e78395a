/// What an edition declares about itself in `edition.yaml`.
///
/// This is the part the checking stages need; everything is optional, and a
/// missing manifest means the defaults of the source-text convention.
public struct EditionManifest: Sendable {
    // MARK: Identity
    /// A stable identifier (a URI or `urn:uuid:…`); derived from the slug when absent.
    public var id: String?
    /// Must equal the folder name when given.
    public var slug: String?
    public var version: String?
    public var title: String?
    public var subtitle: String?
    public var collection: CollectionMembership?

    // MARK: People
    public var creators: [Person] = []
    public var contributors: [Person] = []

    // MARK: Description
    /// A BCP 47 language tag.
    public var language: String?
    /// An ISO 8601 date (`1962`, `1962-10`, `1962-10-26`).
    public var date: String?
    public var publisher: String?
    public var rights: String?
    public var license: String?
    public var subjects: [String] = []
    public var description: String?

    // MARK: Checking
    /// Source files in reading order, relative to the edition folder.
    public var texts: [String]?
    /// The header parts whose absence is reported.
    public var requiredHeaders: Set<HeaderPart>
    /// Severity changes per rule, each with the reason an editor gave.
    public var ruleOverrides: [RuleID: RuleOverride]
    /// Accepted findings in this edition.
    public var suppressions: [Suppression] = []

    // MARK: Reading
    /// Problems found while reading the manifest (reported by the MD rules).
    public var problems: [ManifestProblem]
    /// Where each key stands in the file, for findings about its value.
    public var keyRanges: [String: SourceRange] = [:]
    /// The manifest's path, when the edition has one.
    public var path: String?
    /// The manifest's lines, for showing findings in context.
    public var source: SourceText?

    public init(
        title: String? = nil, version: String? = nil, texts: [String]? = nil,
        requiredHeaders: Set<HeaderPart> = HeaderPart.defaultRequired,
        ruleOverrides: [RuleID: RuleOverride] = [:], problems: [ManifestProblem] = [], path: String? = nil
    ) {
        self.title = title
        self.version = version
        self.texts = texts
        self.requiredHeaders = requiredHeaders
        self.ruleOverrides = ruleOverrides
        self.problems = problems
        self.path = path
    }
}

/// A person who made the work, with a MARC relator role (`aut`, `trl`, `edt` …).
public struct Person: Sendable, Hashable, Codable {
    public let name: String
    public let role: String
    /// The sort form, `Khrushchev, Nikita`.
    public let fileAs: String?
    public init(name: String, role: String, fileAs: String?) {
        self.name = name
        self.role = role
        self.fileAs = fileAs
    }
}

/// The series or collection an edition belongs to.
public struct CollectionMembership: Sendable, Hashable, Codable {
    public let name: String
    /// The edition's place in the series, when it has one.
    public let position: Int?
    public init(name: String, position: Int?) {
        self.name = name
        self.position = position
    }
}

/// A part of the header that an edition can require.
public enum HeaderPart: String, Sendable, CaseIterable, Codable {
    case title
    case source
    case dateline
    case sourceNote = "source-note"

    /// The convention: every part is expected (a missing source note is only a warning).
    public static let defaultRequired: Set<HeaderPart> = Set(allCases)
}

/// An edition's decision to change a rule's severity, or switch it off.
public struct RuleOverride: Sendable, Hashable {
    /// The new severity; `nil` switches the rule off.
    public let severity: Severity?
    public let reason: String
    /// Where the override's rule id stands in `edition.yaml`.
    public let range: SourceRange?
    public init(severity: Severity?, reason: String, range: SourceRange? = nil) {
        self.severity = severity
        self.reason = reason
        self.range = range
    }
}

/// Something wrong in `edition.yaml`, found by its reader.
public struct ManifestProblem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Not YAML, or a value of the wrong type.
        case invalid
        /// A key the manifest does not know (probably a typo).
        case unknownKey
        /// A rule override that names no rule, or gives no reason.
        case badOverride
        /// A suppression without a path, rule or reason.
        case badSuppression
    }
    public let kind: Kind
    public let range: SourceRange?
    public let message: String
    public init(kind: Kind, range: SourceRange?, message: String) {
        self.kind = kind
        self.range = range
        self.message = message
    }
}

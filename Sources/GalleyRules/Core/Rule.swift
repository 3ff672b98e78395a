import GalleyModel

/// A check with a stable id, a default severity and documentation.
///
/// Each rule is one small type in its own file. Its id is written out, never
/// derived from the type name, and a retired id is never reused.
public protocol Rule: Sendable {
    static var id: RuleID { get }
    static var defaultSeverity: Severity { get }
    /// One line, for `galley rules`.
    static var summary: String { get }
    /// One paragraph: what triggers the rule, with an example.
    static var documentation: String { get }
    init()
}

/// A rule that looks at one document at a time.
public protocol DocumentRule: Rule {
    /// Encoding rules also run on files that could not be read as text;
    /// the others would only repeat that the file is unreadable.
    static var runsOnNonText: Bool { get }
    func check(_ document: Document, context: RuleContext) -> [Diagnostic]
}

/// A rule that looks at an edition as a whole: its files, checksums, manifest.
public protocol EditionRule: Rule {
    func check(_ edition: Edition) -> [Diagnostic]
}

/// A rule that looks at a built package for `galley verify`: an EPUB, a
/// bag, or a release folder.
public protocol PackageRule: Rule {
    func check(_ package: PackageContents) -> [Diagnostic]
}

/// A rule about the run's suppressions (`.galley-ignore.yaml` and the
/// editions' `suppressions:`).
public protocol SuppressionRule: Rule {
    func check(_ set: SuppressionSet) -> [Diagnostic]
}

extension DocumentRule {
    public static var runsOnNonText: Bool { false }
}

extension Rule {
    /// A diagnostic of this rule at its default severity.
    public func diagnostic(_ file: String, _ range: SourceRange?, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(rule: Self.id, severity: Self.defaultSeverity, file: file, range: range, message: message, hint: hint)
    }
}

/// What a document rule may know besides the document.
public struct RuleContext: Sendable {
    public let manifest: EditionManifest
    public init(manifest: EditionManifest = EditionManifest()) {
        self.manifest = manifest
    }
}

/// The description of a rule, for listings and reports.
public struct RuleInfo: Sendable, Hashable {
    public let id: RuleID
    public let defaultSeverity: Severity
    public let summary: String
    public let documentation: String
    /// `document` or `edition`.
    public let scope: String
}

import GalleyModel
import GalleyReport
import GalleyRules

/// Runs every registered rule over an edition and applies the edition's
/// severity overrides.
public struct Checker: Sendable {
    /// Rule ids to leave out (for example the checksum rules while sealing).
    public var excluded: Set<RuleID>

    public init(excluding excluded: Set<RuleID> = []) {
        self.excluded = excluded
    }

    public func check(_ edition: Edition) -> [Finding] {
        var diagnostics: [Diagnostic] = []
        for document in edition.documents {
            let context = RuleContext(manifest: edition.manifest)
            for rule in RuleRegistry.documentRules where !excluded.contains(rule.id) {
                guard document.isText || rule.runsOnNonText else { continue }
                diagnostics += rule.init().check(document, context: context)
            }
        }
        for rule in RuleRegistry.editionRules where !excluded.contains(rule.id) {
            diagnostics += rule.init().check(edition)
        }
        let known = Set(RuleRegistry.all.map(\.id))
        var findings: [Finding] = []
        for var diagnostic in diagnostics {
            if let change = edition.manifest.ruleOverrides[diagnostic.rule] {
                guard let severity = change.severity else { continue }
                diagnostic.severity = severity
            }
            findings.append(Finding(diagnostic: diagnostic, sourceLine: sourceLine(for: diagnostic, in: edition)))
        }
        for (id, change) in edition.manifest.ruleOverrides.sorted(by: { $0.key < $1.key }) where !known.contains(id) {
            let diagnostic = InvalidRuleOverride().diagnostic(
                edition.manifest.path ?? edition.path, change.range,
                "the override names \(id), which is not a Galley rule", hint: "`galley rules` lists the rules")
            findings.append(Finding(diagnostic: diagnostic, sourceLine: sourceLine(for: diagnostic, in: edition)))
        }
        return findings
    }

    /// The line a diagnostic points at, taken from the model that was read.
    private func sourceLine(for diagnostic: Diagnostic, in edition: Edition) -> String? {
        guard let line = diagnostic.range?.start.line else { return nil }
        if let document = edition.documents.first(where: { $0.path == diagnostic.file }) {
            return document.source.line(line)?.text
        }
        if let list = edition.checksums, list.path == diagnostic.file {
            return list.source.line(line)?.text
        }
        if let source = edition.manifest.source, source.path == diagnostic.file {
            return source.line(line)?.text
        }
        return nil
    }
}

import Foundation
import GalleyModel

/// SARIF 2.1.0: one run, the rule catalogue, and one result per finding with
/// its physical location and a fingerprint that is stable across runs, so
/// that code-scanning services de-duplicate findings.
public enum SARIFReport {
    public static func encode(_ report: CheckReport, rules: [ReportRule], documentation: String) throws -> Data {
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let fingerprints = Fingerprint.compute(report.findings)
        let results: [[String: Any]] = report.findings.enumerated().map { position, finding in
            let diagnostic = finding.diagnostic
            var physical: [String: Any] = ["artifactLocation": ["uri": uri(diagnostic.file)]]
            if let range = diagnostic.range {
                var region: [String: Any] = [
                    "startLine": range.start.line, "startColumn": range.start.column,
                    "endLine": range.end.line, "endColumn": max(range.end.column, range.start.line == range.end.line ? range.start.column : 1),
                ]
                if let line = finding.sourceLine { region["snippet"] = ["text": line] }
                physical["region"] = region
            }
            var message = diagnostic.message
            if let hint = diagnostic.hint { message += " (hint: \(hint))" }
            var result: [String: Any] = [
                "ruleId": diagnostic.rule.rawValue,
                "level": level(diagnostic.severity),
                "message": ["text": message],
                "locations": [["physicalLocation": physical]],
                "partialFingerprints": ["galleyFindingHash/v1": fingerprints[position]],
            ]
            if let ruleIndex = index[diagnostic.rule] { result["ruleIndex"] = ruleIndex }
            return result
        }
        let driver: [String: Any] = [
            "name": "galley",
            "version": GalleyVersion.current,
            "semanticVersion": GalleyVersion.current,
            "informationUri": documentation,
            "rules": rules.map { rule in
                [
                    "id": rule.id.rawValue,
                    "shortDescription": ["text": rule.summary],
                    "fullDescription": ["text": rule.documentation],
                    "helpUri": rule.helpURI(documentation: documentation),
                    "defaultConfiguration": ["level": level(rule.defaultSeverity)],
                ] as [String: Any]
            },
        ]
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [["tool": ["driver": driver], "results": results, "columnKind": "unicodeCodePoints"]],
        ]
        return try JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// A relative URI reference for a path: each segment percent-encoded.
    static func uri(_ path: String) -> String {
        let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "%?#[]"))
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0) }
            .joined(separator: "/")
    }
}

import GalleyModel
import GalleyXML

/// JUnit XML: a test suite per file, a test case per file and rule family
/// (`FN`, `HD` …) that applies to it; a case fails with the messages of its
/// errors (and of its warnings when warnings fail the run).
public enum JUnitReport {
    public static func render(_ report: CheckReport, rules: [ReportRule], failOn: Severity) -> [UInt8] {
        let familiesByScope = Dictionary(grouping: rules, by: \.scope).mapValues { Array(Set($0.map(\.id.family))).sorted() }
        var byFile = Dictionary(grouping: report.findings, by: \.diagnostic.file)
        var files = Set(report.files).union(byFile.keys)
        for edition in report.editions { files.insert(edition) }
        var suites: [XMLNode] = []
        var totalTests = 0
        var totalFailures = 0
        for file in files.sorted() {
            let findings = byFile.removeValue(forKey: file) ?? []
            let scope = report.editions.contains(file) ? "edition" : (file.hasSuffix(".txt") ? "document" : nil)
            var families = Set(scope.flatMap { familiesByScope[$0] } ?? [])
            families.formUnion(findings.map(\.diagnostic.rule.family))
            guard !families.isEmpty else { continue }
            var cases: [XMLNode] = []
            var failures = 0
            for family in families.sorted() {
                let own = findings.filter { $0.diagnostic.rule.family == family }
                let failing = own.filter { $0.diagnostic.severity >= failOn }
                var children: [XMLNode] = []
                if !failing.isEmpty {
                    failures += 1
                    let text = own.map { line($0) }.joined(separator: "\n")
                    children.append(.el("failure", ["message": "\(failing.count) finding\(failing.count == 1 ? "" : "s") of \(family)", "type": family], text: text))
                } else if !own.isEmpty {
                    children.append(.el("system-out", text: own.map { line($0) }.joined(separator: "\n")))
                }
                cases.append(.el("testcase", ["name": "\(family) rules", "classname": file], children))
            }
            totalTests += cases.count
            totalFailures += failures
            suites.append(.el("testsuite", [
                "name": file, "tests": String(cases.count), "failures": String(failures), "errors": "0", "skipped": "0",
            ], cases))
        }
        return XMLSerializer.serialize(XMLDocument(root: .el("testsuites", [
            "name": "galley", "tests": String(totalTests), "failures": String(totalFailures), "errors": "0",
        ], suites)))
    }

    static func line(_ finding: Finding) -> String {
        let diagnostic = finding.diagnostic
        let location = diagnostic.range.map { ":\($0.start.line):\($0.start.column)" } ?? ""
        return "\(diagnostic.file)\(location): \(diagnostic.severity.rawValue): [\(diagnostic.rule)] \(diagnostic.message)"
    }
}

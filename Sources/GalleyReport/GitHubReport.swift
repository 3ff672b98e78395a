import GalleyModel

/// GitHub Actions workflow commands, one per finding:
/// `::error file=Editions/x/t.txt,line=17,col=42,endLine=17,endColumn=45,title=FN001::message`.
public enum GitHubReport {
    public static func render(_ report: CheckReport) -> String {
        report.findings.map { finding in
            let diagnostic = finding.diagnostic
            var properties = ["file=\(property(diagnostic.file))"]
            if let range = diagnostic.range {
                properties += ["line=\(range.start.line)", "col=\(range.start.column)",
                               "endLine=\(range.end.line)", "endColumn=\(range.end.column)"]
            }
            properties.append("title=\(property(diagnostic.rule.rawValue))")
            let command = switch diagnostic.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
            var message = "[\(diagnostic.rule)] \(diagnostic.message)"
            if let hint = diagnostic.hint { message += "\nhint: \(hint)" }
            return "::\(command) \(properties.joined(separator: ","))::\(data(message))\n"
        }.joined()
    }

    /// The escaping GitHub applies to a command's message.
    static func data(_ text: String) -> String { text.percentEncodingLineBreaks }

    /// Property values also escape `:` and `,`.
    static func property(_ text: some StringProtocol) -> String {
        data(String(text)).replacingAll(":", "%3A").replacingAll(",", "%2C")
    }
}

extension String {
    func replacingAll(_ target: Character, _ replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}

import ArgumentParser
import Foundation
import GalleyModel
import GalleyRules

/// `galley rules [ID]`
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule, or explain one."
    )

    @Argument(help: "A rule id such as FN001.")
    var id: String?

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    func run() throws {
        if format == .json {
            let rules = RuleRegistry.all.filter { id == nil || $0.id.rawValue == id?.uppercased() }
            let list = rules.map { ["id": $0.id.rawValue, "severity": $0.defaultSeverity.rawValue, "summary": $0.summary,
                                    "documentation": $0.documentation, "scope": $0.scope] }
            let data = try JSONSerialization.data(withJSONObject: ["schemaVersion": 1, "rules": list] as [String: Any],
                                                  options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            Terminal.write(String(decoding: data, as: UTF8.self) + "\n")
            return
        }
        guard let id else {
            for rule in RuleRegistry.all {
                let severity = rule.defaultSeverity.rawValue.padding(to: 7)
                Terminal.write("\(rule.id)  \(severity)  \(rule.summary)\n")
            }
            return
        }
        guard let rule = RuleRegistry.rule(RuleID(id.uppercased())) else {
            throw ValidationError("no rule \(id); `galley rules` lists them")
        }
        Terminal.write("""
            \(rule.id): \(rule.summary)
            default severity: \(rule.defaultSeverity.rawValue); scope: \(rule.scope)

            \(rule.documentation)

            """)
    }
}

extension String {
    func padding(to width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}

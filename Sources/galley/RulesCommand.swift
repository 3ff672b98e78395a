import ArgumentParser
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

    func run() throws {
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

import Foundation
import GalleyModel
import GalleyRules
import Testing

@Suite struct RuleRegistryTests {
    @Test func idsAreUniqueAndWellFormed() {
        let ids = RuleRegistry.all.map(\.id)
        #expect(Set(ids).count == ids.count, "duplicate rule ids: \(ids)")
        let families: Set<String> = ["FN", "HD", "EN", "LY", "CK", "MD", "EP", "AR", "SP"]
        for id in ids {
            let raw = id.rawValue
            #expect(raw.count == 5 && families.contains(id.family) && raw.suffix(3).allSatisfy(\.isNumber), "malformed id \(raw)")
        }
    }

    @Test func everyRuleIsDocumented() {
        for rule in RuleRegistry.all {
            #expect(!rule.summary.isEmpty && !rule.summary.hasSuffix("."), "\(rule.id): summary must be one short line")
            #expect(rule.documentation.count > 80, "\(rule.id): documentation is too thin")
            #expect(!rule.documentation.contains("\n"), "\(rule.id): documentation must be one paragraph")
        }
    }

    /// Every rule type in `Sources/GalleyRules` is registered, and nothing
    /// else is, so a rule cannot be written and forgotten.
    @Test func everyRuleFileIsRegistered() throws {
        let sources = TestPaths.packageRoot.appendingPathComponent("Sources/GalleyRules")
        var declared = Set<String>()
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("public struct ") {
                let name = line.dropFirst("public struct ".count).prefix { $0 != ":" && $0 != " " }
                if line.contains("Rule {") { declared.insert(String(name)) }
            }
        }
        let registered = Set(RuleRegistry.documentRules.map { String(describing: $0) }
            + RuleRegistry.editionRules.map { String(describing: $0) }
            + RuleRegistry.packageRules.map { String(describing: $0) }
            + RuleRegistry.suppressionRules.map { String(describing: $0) })
        #expect(declared == registered, "declared but not registered: \(declared.subtracting(registered)); registered but not declared: \(registered.subtracting(declared))")
    }

    @Test func everyRuleHasAFixtureAndExpectations() {
        for rule in RuleRegistry.all {
            let base = TestPaths.ruleFixtures.appendingPathComponent(rule.id.rawValue)
            #expect(RuleFixtureTests.fixture(rule.id.rawValue) != nil, "\(rule.id) has no fixture")
            #expect(FileManager.default.fileExists(atPath: base.path + ".expected"), "\(rule.id) has no .expected file")
        }
    }
}

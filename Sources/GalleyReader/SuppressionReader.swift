import GalleyModel
import Yams

/// Reads suppressions: a list of `{path, rule, line, reason}` mappings,
/// from `.galley-ignore.yaml` (under a `suppressions:` key, or as the whole
/// file) or from `edition.yaml`.
public enum SuppressionReader {
    /// Reads `.galley-ignore.yaml`; `prefix` is the folder its paths are relative to.
    public static func read(_ bytes: [UInt8], path: String, prefix: String) -> (suppressions: [Suppression], problems: [ManifestProblem]) {
        let source = SourceDecoder.decode(bytes, path: path)
        var walker = ManifestReader.Walker(source: source)
        let yaml = source.lines.map(\.text).joined(separator: "\n")
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            walker.report(.badSuppression, walker.range(of: error), "\(path) is not valid YAML: \(ManifestReader.describe(error))")
            return ([], walker.problems)
        }
        guard let root else { return ([], []) }
        let list = root.mapping?["suppressions"] ?? root
        let suppressions = walker.suppressions(list, file: path, prefix: prefix)
        if let mapping = root.mapping {
            for key in mapping.keys.compactMap(\.string) where key != "suppressions" {
                walker.report(.badSuppression, walker.range(of: mapping.keys.first { $0.string == key }!), "unknown key `\(key)` in \(path)")
            }
        }
        return (suppressions, walker.problems)
    }
}

extension ManifestReader.Walker {
    mutating func suppressions(_ node: Node, file: String, prefix: String) -> [Suppression] {
        guard let sequence = node.sequence else {
            report(.badSuppression, range(of: node), "suppressions must be a list of {path, rule, line, reason}")
            return []
        }
        var result: [Suppression] = []
        for item in sequence {
            guard let fields = item.mapping else {
                report(.badSuppression, range(of: item), "a suppression must be a mapping with path, rule and reason")
                continue
            }
            let here = range(of: item)
            guard let path = fields["path"]?.string, !path.isEmpty else {
                report(.badSuppression, here, "a suppression needs a `path` (a glob)")
                continue
            }
            guard let rule = fields["rule"]?.string, rule.count == 5 else {
                report(.badSuppression, here, "a suppression needs a `rule` id such as FN004")
                continue
            }
            guard let reason = fields["reason"]?.string?.trimmingWhitespace, !reason.isEmpty else {
                report(.badSuppression, here, "the suppression of \(rule) for \(path) gives no `reason`")
                continue
            }
            var line: Int?
            if let lineNode = fields["line"] {
                line = lineNode.int
                if line == nil {
                    report(.badSuppression, range(of: lineNode), "`line` must be a whole number")
                    continue
                }
            }
            for key in fields.keys.compactMap(\.string) where !["path", "rule", "line", "reason"].contains(key) {
                report(.badSuppression, here, "unknown key `\(key)` in a suppression")
            }
            let full = prefix.isEmpty || prefix == "." ? path : prefix + "/" + path
            result.append(Suppression(path: path, pattern: full, rule: RuleID(rule), line: line, reason: reason, file: file, range: here))
        }
        return result
    }
}

import GalleyModel
import Yams

/// Reads `edition.yaml` into an ``EditionManifest``.
///
/// The manifest is walked as a YAML node tree rather than decoded, so that
/// every problem keeps the line and column it came from. Problems are
/// recorded in the manifest for the MD rules; reading never throws.
public enum ManifestReader {
    public static func read(_ bytes: [UInt8], path: String) -> EditionManifest {
        let source = SourceDecoder.decode(bytes, path: path)
        var walker = Walker(source: source)
        var manifest = read(source, walker: &walker)
        manifest.path = path
        manifest.source = source
        manifest.problems = walker.problems
        return manifest
    }

    static func read(_ source: SourceText, walker: inout Walker) -> EditionManifest {
        var manifest = EditionManifest()
        guard source.encoding == .utf8, source.invalidBytes.isEmpty else {
            walker.report(.invalid, nil, "edition.yaml is not UTF-8 text")
            return manifest
        }
        let yaml = source.lines.map(\.text).joined(separator: "\n")
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            walker.report(.invalid, walker.range(of: error), "edition.yaml is not valid YAML: \(describe(error))")
            return manifest
        }
        guard let root else { return manifest }
        guard let mapping = root.mapping else {
            walker.report(.invalid, walker.range(of: root), "edition.yaml must be a mapping of keys to values")
            return manifest
        }
        var seen = Set<String>()
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else {
                walker.report(.invalid, walker.range(of: keyNode), "keys in edition.yaml must be text")
                continue
            }
            if !seen.insert(key).inserted {
                walker.report(.invalid, walker.range(of: keyNode), "`\(key)` is given twice")
            }
            if let range = walker.range(of: keyNode) { manifest.keyRanges[key] = range }
            walker.read(key: key, keyNode: keyNode, value: value, into: &manifest)
        }
        return manifest
    }

    static func describe(_ error: any Error) -> String {
        if let yamlError = error as? YamlError {
            switch yamlError {
            case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
                return problem
            default: break
            }
        }
        return String(describing: error)
    }

    // MARK: - Walking the node tree

    struct Walker {
        let source: SourceText
        var problems: [ManifestProblem] = []

        mutating func report(_ kind: ManifestProblem.Kind, _ range: SourceRange?, _ message: String) {
            problems.append(ManifestProblem(kind: kind, range: range, message: message))
        }

        func range(of node: Node) -> SourceRange? { node.mark.flatMap(range(of:)) }

        func range(of error: any Error) -> SourceRange? {
            guard let yamlError = error as? YamlError else { return nil }
            switch yamlError {
            case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
                return range(of: mark)
            default: return nil
            }
        }

        func range(of mark: Mark) -> SourceRange? {
            guard let line = source.line(mark.line) else {
                // libyaml points one line past the end at an unexpected end of input.
                let end = source.endLocation
                return SourceRange(start: end, end: end)
            }
            let location = line.location(column: mark.column)
            return SourceRange(start: location, end: location)
        }

        mutating func read(key: String, keyNode: Node, value: Node, into manifest: inout EditionManifest) {
            switch key {
            case "id": manifest.id = string(value, key: key)
            case "slug": manifest.slug = string(value, key: key)
            case "version":
                manifest.version = checked(value, key: key, ManifestValues.isSemanticVersion,
                                           "is not a semantic version such as 1.0.0")
            case "title": manifest.title = string(value, key: key)
            case "subtitle": manifest.subtitle = string(value, key: key)
            case "collection": manifest.collection = collection(value)
            case "creators": manifest.creators = people(value, key: key)
            case "contributors": manifest.contributors = people(value, key: key)
            case "language":
                manifest.language = checked(value, key: key, ManifestValues.isLanguageTag,
                                            "is not a BCP 47 language tag such as en or en-US")
            case "date":
                manifest.date = checked(value, key: key, ManifestValues.isISODate,
                                        "is not an ISO 8601 date such as 1962-10-26")
            case "publisher": manifest.publisher = string(value, key: key)
            case "rights": manifest.rights = string(value, key: key)
            case "license": manifest.license = string(value, key: key)
            case "subjects": manifest.subjects = value.scalar != nil ? [string(value, key: key)].compactMap { $0 } : (strings(value, key: key) ?? [])
            case "description": manifest.description = string(value, key: key)
            case "texts": manifest.texts = strings(value, key: key)
            case "required-headers":
                if let names = strings(value, key: key) {
                    manifest.requiredHeaders = headerParts(names, node: value)
                }
            case "rules": manifest.ruleOverrides = overrides(value)
            case "suppressions":
                let folder = source.path.split(separator: "/").dropLast().joined(separator: "/")
                manifest.suppressions = suppressions(value, file: source.path, prefix: folder)
            default:
                report(.unknownKey, range(of: keyNode), "unknown key `\(key)` in edition.yaml")
            }
        }

        /// A text value that must pass a format check.
        mutating func checked(_ node: Node, key: String, _ isValid: (String) -> Bool, _ problem: String) -> String? {
            guard let text = string(node, key: key) else { return nil }
            guard isValid(text) else {
                report(.invalid, range(of: node), "`\(key)`: \"\(text)\" \(problem)")
                return nil
            }
            return text
        }

        /// `collection: Name` or `collection: {name: Name, position: 3}`.
        mutating func collection(_ node: Node) -> CollectionMembership? {
            if let name = node.scalar?.string { return CollectionMembership(name: name, position: nil) }
            guard let fields = node.mapping, let name = fields["name"]?.string else {
                report(.invalid, range(of: node), "`collection` must be a name, or a mapping with `name` and optional `position`")
                return nil
            }
            var position: Int?
            if let positionNode = fields["position"] {
                position = positionNode.int
                if position == nil { report(.invalid, range(of: positionNode), "`collection.position` must be a whole number") }
            }
            for key in fields.keys.compactMap(\.string) where key != "name" && key != "position" {
                report(.unknownKey, range(of: node), "unknown key `\(key)` in `collection`")
            }
            return CollectionMembership(name: name, position: position)
        }

        /// A list of people: each a name, or `{name, role, file-as}`.
        mutating func people(_ node: Node, key: String) -> [Person] {
            guard let sequence = node.sequence else {
                report(.invalid, range(of: node), "`\(key)` must be a list of people")
                return []
            }
            let defaultRole = key == "creators" ? "aut" : "ctb"
            var result: [Person] = []
            for item in sequence {
                if let name = item.scalar?.string {
                    result.append(Person(name: name, role: defaultRole, fileAs: nil))
                    continue
                }
                guard let fields = item.mapping, let name = fields["name"]?.string, !name.isEmpty else {
                    report(.invalid, range(of: item), "each of `\(key)` needs a `name`")
                    continue
                }
                let role = fields["role"]?.string ?? defaultRole
                if !ManifestValues.relatorCodes.contains(role) {
                    report(.invalid, range(of: fields["role"] ?? item), "`\(role)` is not a MARC relator code (aut, trl, edt, …)")
                }
                for field in fields.keys.compactMap(\.string) where !["name", "role", "file-as"].contains(field) {
                    report(.unknownKey, range(of: item), "unknown key `\(field)` for a person in `\(key)`")
                }
                result.append(Person(name: name, role: role, fileAs: fields["file-as"]?.string))
            }
            return result
        }

        mutating func string(_ node: Node, key: String) -> String? {
            guard let scalar = node.scalar else {
                report(.invalid, range(of: node), "`\(key)` must be text")
                return nil
            }
            return scalar.string
        }

        mutating func strings(_ node: Node, key: String) -> [String]? {
            guard let sequence = node.sequence else {
                report(.invalid, range(of: node), "`\(key)` must be a list")
                return nil
            }
            var result: [String] = []
            for item in sequence {
                if let value = string(item, key: "each item of `\(key)`") { result.append(value) }
            }
            return result
        }

        mutating func headerParts(_ names: [String], node: Node) -> Set<HeaderPart> {
            var parts = Set<HeaderPart>()
            for name in names {
                if let part = HeaderPart(rawValue: name) {
                    parts.insert(part)
                } else {
                    let allowed = HeaderPart.allCases.map(\.rawValue).joined(separator: ", ")
                    report(.invalid, range(of: node), "`\(name)` is not a header part (use \(allowed))")
                }
            }
            return parts
        }

        mutating func overrides(_ node: Node) -> [RuleID: RuleOverride] {
            guard let mapping = node.mapping else {
                report(.invalid, range(of: node), "`rules` must map rule ids to settings")
                return [:]
            }
            var result: [RuleID: RuleOverride] = [:]
            for (idNode, settings) in mapping {
                guard let id = idNode.string, id.count == 5 else {
                    report(.badOverride, range(of: idNode), "`\(idNode.string ?? "?")` is not a rule id")
                    continue
                }
                guard let fields = settings.mapping else {
                    report(.badOverride, range(of: settings), "settings for \(id) must be a mapping with `severity` and `reason`")
                    continue
                }
                let severityText = fields["severity"]?.string
                let reason = fields["reason"]?.string?.trimmingWhitespace ?? ""
                let severity: Severity?
                switch severityText {
                case "off": severity = nil
                case let text? where Severity(rawValue: text) != nil: severity = Severity(rawValue: text)
                default:
                    report(.badOverride, range(of: settings), "severity for \(id) must be one of off, note, warning, error")
                    continue
                }
                if reason.isEmpty {
                    report(.badOverride, range(of: settings), "the override of \(id) gives no `reason`")
                    continue
                }
                for key in fields.keys.compactMap(\.string) where key != "severity" && key != "reason" {
                    report(.unknownKey, range(of: settings), "unknown key `\(key)` in the settings for \(id)")
                }
                result[RuleID(id)] = RuleOverride(severity: severity, reason: reason, range: range(of: idNode))
            }
            return result
        }
    }
}

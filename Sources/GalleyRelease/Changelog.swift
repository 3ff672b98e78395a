import GalleyEnrich
import GalleyModel

/// What changed between two versions of an edition, computed from the two
/// document models (not from a text diff): documents, paragraphs and
/// footnotes added, removed or changed, and metadata keys that differ.
public struct ChangelogEntry: Codable, Sendable, Equatable {
    public struct Change: Codable, Sendable, Equatable {
        /// `added`, `removed` or `changed`.
        public let kind: String
        /// `document`, `paragraph`, `footnote` or `metadata`.
        public let subject: String
        /// The text file, for document, paragraph and footnote changes.
        public let file: String?
        /// One line: what it is, with a short excerpt.
        public let detail: String
    }

    public let version: String
    public let previousVersion: String?
    /// The release date, ISO 8601.
    public let date: String
    public let changes: [Change]

    /// The entry as Markdown, for `CHANGELOG.md`.
    public var markdown: String {
        var text = "## \(version) (\(date.prefix(10)))\n\n"
        guard let previousVersion else { return text + "First release.\n" }
        guard !changes.isEmpty else { return text + "No changes to the texts or metadata since \(previousVersion).\n" }
        text += "Changes since \(previousVersion):\n\n"
        for change in changes {
            let place = change.file.map { "\($0): " } ?? ""
            text += "- \(place)\(change.kind) \(change.subject): \(change.detail)\n"
        }
        return text
    }
}

public enum Changelog {
    /// Compares two versions. Documents are matched by file name; metadata
    /// by the fields an edition declares.
    public static func entry(
        version: String, date: String,
        previous: (version: String, documents: [String: Document], metadata: EditionMetadata?)?,
        current: [String: Document], metadata: EditionMetadata
    ) -> ChangelogEntry {
        guard let previous else { return ChangelogEntry(version: version, previousVersion: nil, date: date, changes: []) }
        var changes: [ChangelogEntry.Change] = []
        for file in Set(previous.documents.keys).union(current.keys).sorted() {
            switch (previous.documents[file], current[file]) {
            case (nil, let added?):
                changes.append(.init(kind: "added", subject: "document", file: file, detail: excerpt(added.header.title?.text ?? file)))
            case (let removed?, nil):
                changes.append(.init(kind: "removed", subject: "document", file: file, detail: excerpt(removed.header.title?.text ?? file)))
            case (let old?, let new?):
                changes += paragraphChanges(old, new, file: file) + footnoteChanges(old, new, file: file)
            case (nil, nil):
                break
            }
        }
        if let old = previous.metadata { changes += metadataChanges(old, metadata) }
        return ChangelogEntry(version: version, previousVersion: previous.version, date: date, changes: changes)
    }

    // MARK: - Paragraphs

    /// The body as comparable units: paragraphs and signatures, in order.
    static func units(_ document: Document) -> [String] {
        var header = [document.header.title?.text, document.header.citation.map { "Source: " + $0.text },
                      document.header.dateline?.text, document.header.sourceNote.map { "//Source: " + $0.content.plainText }]
            .compactMap { $0 }
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph): header.append(paragraph.content.plainText)
            case .signature(let signature): header.append("/s/ " + signature.name)
            case .footnoteBody, .embeddedTextMarker: break
            }
        }
        return header
    }

    static func paragraphChanges(_ old: Document, _ new: Document, file: String) -> [ChangelogEntry.Change] {
        var changes: [ChangelogEntry.Change] = []
        var removed: [String] = []
        var added: [String] = []
        func flush() {
            let paired = min(removed.count, added.count)
            for index in 0..<paired {
                changes.append(.init(kind: "changed", subject: "paragraph", file: file,
                                     detail: "\(excerpt(removed[index])) → \(excerpt(added[index]))"))
            }
            changes += removed.dropFirst(paired).map { .init(kind: "removed", subject: "paragraph", file: file, detail: excerpt($0)) }
            changes += added.dropFirst(paired).map { .init(kind: "added", subject: "paragraph", file: file, detail: excerpt($0)) }
            removed = []
            added = []
        }
        for step in SequenceDiff.steps(units(old), units(new)) {
            switch step {
            case .same: flush()
            case .removed(let text): removed.append(text)
            case .added(let text): added.append(text)
            }
        }
        flush()
        return changes
    }

    // MARK: - Footnotes and metadata

    static func footnoteChanges(_ old: Document, _ new: Document, file: String) -> [ChangelogEntry.Change] {
        func notes(_ document: Document) -> [Int: String] {
            var result: [Int: String] = [:]
            for body in document.footnoteBodies where result[body.number] == nil { result[body.number] = body.content.plainText }
            return result
        }
        let before = notes(old)
        let after = notes(new)
        return Set(before.keys).union(after.keys).sorted().compactMap { number in
            switch (before[number], after[number]) {
            case (nil, let text?): return .init(kind: "added", subject: "footnote", file: file, detail: "/\(number)/ \(excerpt(text))")
            case (let text?, nil): return .init(kind: "removed", subject: "footnote", file: file, detail: "/\(number)/ \(excerpt(text))")
            case (let was?, let now?) where was != now:
                return .init(kind: "changed", subject: "footnote", file: file, detail: "/\(number)/ \(excerpt(was)) → \(excerpt(now))")
            default: return nil
            }
        }
    }

    static func metadataChanges(_ old: EditionMetadata, _ new: EditionMetadata) -> [ChangelogEntry.Change] {
        func people(_ list: [Person]) -> String { list.map { "\($0.name) (\($0.role))" }.joined(separator: "; ") }
        let fields: [(String, String?, String?)] = [
            ("identifier", old.identifier, new.identifier), ("title", old.title, new.title),
            ("subtitle", old.subtitle, new.subtitle),
            ("collection", old.collection.map { "\($0.name) \($0.position.map(String.init) ?? "")" }, new.collection.map { "\($0.name) \($0.position.map(String.init) ?? "")" }),
            ("creators", people(old.creators), people(new.creators)), ("contributors", people(old.contributors), people(new.contributors)),
            ("language", old.language, new.language), ("date", old.date, new.date), ("publisher", old.publisher, new.publisher),
            ("rights", old.rights, new.rights), ("license", old.license, new.license),
            ("subjects", old.subjects.joined(separator: "; "), new.subjects.joined(separator: "; ")),
            ("description", old.description, new.description),
        ]
        return fields.compactMap { key, was, now in
            guard was != now else { return nil }
            return .init(kind: "changed", subject: "metadata", file: nil,
                         detail: "`\(key)`: \(excerpt(was ?? "(none)")) → \(excerpt(now ?? "(none)"))")
        }
    }

    /// The first 60 characters, quoted.
    static func excerpt(_ text: String) -> String {
        "\u{201C}" + (text.count > 60 ? String(text.prefix(59)) + "…" : text) + "\u{201D}"
    }
}

/// A longest-common-subsequence diff of two lists.
enum SequenceDiff {
    enum Step: Equatable { case same(String), removed(String), added(String) }

    static func steps(_ old: [String], _ new: [String]) -> [Step] {
        // Trim the common head and tail first; most versions change little.
        var head = 0
        while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
        var tail = 0
        while tail < old.count - head, tail < new.count - head, old[old.count - 1 - tail] == new[new.count - 1 - tail] { tail += 1 }
        let a = Array(old[head..<(old.count - tail)])
        let b = Array(new[head..<(new.count - tail)])
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var result = old[..<head].map { Step.same($0) }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                result.append(.same(a[i])); i += 1; j += 1
            } else if j < b.count, i == a.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                result.append(.added(b[j])); j += 1
            } else {
                result.append(.removed(a[i])); i += 1
            }
        }
        result += old[(old.count - tail)...].map { Step.same($0) }
        return result
    }
}

import Foundation
import GalleyEnrich
import GalleyModel

/// `galley info`: the enriched metadata of an edition.
public enum InfoRun {
    public static func metadata(folder: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> EditionMetadata {
        guard FileAccess.kind(of: folder) == .directory else {
            throw GalleyError(step: "info", path: folder, problem: "not an edition folder")
        }
        let edition = try EditionLoader.load(folder: folder)
        return Enricher.enrich(edition, modified: try ModificationTime.resolve(for: edition, environment: environment))
    }

    /// Pretty-printed JSON with sorted keys.
    public static func json(_ metadata: EditionMetadata) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(metadata), as: UTF8.self)
    }

    /// A short human-readable summary.
    public static func text(_ metadata: EditionMetadata) -> String {
        var lines: [(String, String?)] = [
            ("identifier", metadata.identifier), ("slug", metadata.slug), ("version", metadata.version),
            ("title", metadata.title), ("subtitle", metadata.subtitle),
            ("collection", metadata.collection.map { $0.name + ($0.position.map { " #\($0)" } ?? "") }),
            ("creators", metadata.creators.isEmpty ? nil : metadata.creators.map { "\($0.name) (\($0.role))" }.joined(separator: "; ")),
            ("contributors", metadata.contributors.isEmpty ? nil : metadata.contributors.map { "\($0.name) (\($0.role))" }.joined(separator: "; ")),
            ("language", metadata.language), ("date", metadata.date), ("publisher", metadata.publisher),
            ("rights", metadata.rights), ("subjects", metadata.subjects.isEmpty ? nil : metadata.subjects.joined(separator: "; ")),
            ("modified", "\(metadata.modified) (from \(metadata.modifiedSource))"),
            ("counts", "\(metadata.counts.documents) document\(metadata.counts.documents == 1 ? "" : "s"), \(metadata.counts.words) words, \(metadata.counts.footnotes) footnotes, about \(metadata.readingMinutes) min reading"),
        ]
        for (index, document) in metadata.documents.enumerated() {
            lines.append(("", nil))
            lines.append(("document \(index + 1)", document.file))
            lines += [
                ("  title", document.title), ("  type", document.type), ("  sender", document.sender),
                ("  recipient", document.recipient), ("  signatory", document.signatory),
                ("  date", document.undated ? "undated" : [document.date, document.time].compactMap { $0 }.joined(separator: " ")),
                ("  place", document.place), ("  volume", document.citation?.volumeLabel),
                ("  series", document.citation?.series), ("  sha256", document.sha256),
                ("  counts", "\(document.words) words, \(document.footnotes) footnotes, \(document.paragraphs) paragraphs"),
            ]
        }
        let width = lines.map(\.0.count).max() ?? 0
        return lines.compactMap { key, value in
            if key.isEmpty { return "" }
            guard let value, !value.isEmpty else { return nil }
            return key + ":" + String(repeating: " ", count: width - key.count + 1) + value
        }.joined(separator: "\n") + "\n"
    }
}

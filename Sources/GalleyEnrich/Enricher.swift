import Crypto
import GalleyModel

/// The enrichment stage: derives metadata from the document model and
/// merges it with the manifest. The manifest wins; rule MD005 reports where
/// the two disagree.
public enum Enricher {
    /// Silent reading speed used for reading time, in words per minute.
    public static let wordsPerMinute = 238
    /// The language assumed when the manifest names none.
    public static let defaultLanguage = "en"

    /// Where the modification time came from, and what it is.
    public struct Modified: Sendable {
        public let timestamp: UTCTimestamp
        public let source: String
        public init(timestamp: UTCTimestamp, source: String) {
            self.timestamp = timestamp
            self.source = source
        }
    }

    public static func enrich(_ edition: Edition, modified: Modified) -> EditionMetadata {
        let manifest = edition.manifest
        let identifier = manifest.id ?? "urn:uuid:" + UUIDv5.make(name: edition.slug)
        let digests = Dictionary(edition.files.compactMap { file in file.sha256.map { (file.relativePath, $0) } },
                                 uniquingKeysWith: { first, _ in first })
        let documents = edition.documents.filter(\.isText).map { document in
            describe(document, relativePath: relativePath(of: document, in: edition), digests: digests, editionIdentifier: identifier)
        }
        let signatories = documents.compactMap(\.signatory).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let words = documents.reduce(0) { $0 + $1.words }
        return EditionMetadata(
            identifier: identifier,
            slug: edition.slug,
            version: manifest.version,
            title: manifest.title ?? documents.first?.title ?? edition.slug,
            subtitle: manifest.subtitle,
            collection: manifest.collection,
            creators: manifest.creators.isEmpty ? signatories.map { Person(name: $0, role: "aut", fileAs: nil) } : manifest.creators,
            contributors: manifest.contributors,
            language: manifest.language ?? defaultLanguage,
            date: manifest.date ?? documents.compactMap(\.date).min(),
            publisher: manifest.publisher,
            rights: manifest.rights ?? manifest.license,
            license: manifest.license,
            subjects: manifest.subjects,
            description: manifest.description,
            modified: modified.timestamp.iso8601,
            modifiedSource: modified.source,
            documents: documents,
            counts: .init(documents: documents.count, words: words,
                          footnotes: documents.reduce(0) { $0 + $1.footnotes },
                          paragraphs: documents.reduce(0) { $0 + $1.paragraphs }),
            readingMinutes: readingMinutes(words),
            generator: "Galley \(GalleyVersion.current)")
    }

    static func describe(_ document: Document, relativePath: String, digests: [String: String], editionIdentifier: String) -> DocumentMetadata {
        let header = document.header
        let dateline = header.dateline
        let date = dateline?.date ?? header.titleParts?.date
        let time = dateline?.date == nil ? nil : dateline?.time
        let words = wordCount(document)
        return DocumentMetadata(
            file: relativePath,
            sha256: digests[relativePath],
            identifier: editionIdentifier + "#" + relativePath,
            title: header.title?.text,
            type: header.titleParts?.documentType,
            sender: header.titleParts?.sender,
            recipient: header.titleParts?.recipient,
            signatory: document.signatures.first?.name,
            date: date?.description,
            time: time?.description,
            dateTime: date.flatMap { date in time.map { "\(date)T\($0)" } },
            place: dateline?.place,
            undated: dateline?.isUndated ?? false,
            citation: header.citation.map { citation in
                let parts = header.citationParts
                return DocumentMetadata.Citation(
                    text: citation.text, publisher: parts?.publisher, series: parts?.series, years: parts?.years,
                    volume: parts?.volume, volumeTitle: parts?.volumeTitle, volumeLabel: parts?.volumeLabel)
            },
            sourceNote: header.sourceNote?.content.plainText,
            words: words,
            footnotes: Set(document.footnoteBodies.map(\.number)).count,
            paragraphs: document.blocks.filter { if case .paragraph = $0 { true } else { false } }.count,
            readingMinutes: readingMinutes(words))
    }

    /// Words of the body, signatures and notes: runs of characters between
    /// spaces that hold a letter or a digit. The header and trailer do not count.
    static func wordCount(_ document: Document) -> Int {
        var count = 0
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph): count += words(in: paragraph.content.plainText)
            case .footnoteBody(let body): count += words(in: body.content.plainText)
            case .signature(let signature):
                count += words(in: signature.name) + signature.additionalLines.reduce(0) { $0 + words(in: $1.text) }
            case .embeddedTextMarker: break
            }
        }
        return count
    }

    /// Runs of characters between spaces that hold a letter or a digit
    /// (so a lone dash is not a word). ASCII is judged byte by byte; other
    /// characters by their Unicode properties.
    static func words(in text: String) -> Int {
        var count = 0
        var inWord = false
        var counted = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" {
                inWord = false
                continue
            }
            if !inWord { inWord = true; counted = false }
            if !counted {
                let value = scalar.value
                let isWordy = value < 0x80
                    ? (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                    : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                if isWordy { count += 1; counted = true }
            }
        }
        return count
    }

    static func readingMinutes(_ words: Int) -> Int { words == 0 ? 0 : (words + wordsPerMinute - 1) / wordsPerMinute }

    static func relativePath(of document: Document, in edition: Edition) -> String {
        let prefix = edition.displayPath(of: "")
        return document.path.hasPrefix(prefix) ? String(document.path.dropFirst(prefix.count)) : document.path
    }
}

/// Name-based UUIDs (RFC 9562, version 5), so that an edition without an
/// `id` still gets the same identifier in every build and every version.
public enum UUIDv5 {
    /// Galley's namespace for edition slugs (a fixed random UUID).
    public static let namespace: [UInt8] = [
        0x6f, 0x1d, 0x2a, 0x4e, 0x93, 0x0c, 0x4b, 0x57, 0xa8, 0x2e, 0x51, 0x7c, 0xd3, 0x09, 0x6b, 0x14,
    ]

    public static func make(name: String, namespace: [UInt8] = UUIDv5.namespace) -> String {
        var bytes = Array(Insecure.SHA1.hash(data: namespace + Array(name.utf8))).prefix(16).map { $0 }
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { byte in
            let digits = Array("0123456789abcdef")
            return String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
        }
        return [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]].map { $0.joined() }.joined(separator: "-")
    }
}

import GalleyModel

/// Everything known about an edition: what its manifest declares merged
/// with what its texts say. `galley info` prints it; the EPUB and archive
/// writers take their metadata from it and from nowhere else.
///
/// Versioned by ``schemaVersion``; fields are added, never changed.
public struct EditionMetadata: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1

    public var schemaVersion = EditionMetadata.currentSchemaVersion
    /// The package identifier: the manifest's `id`, or `urn:uuid:` + a UUIDv5 of the slug.
    public var identifier: String
    public var slug: String
    public var version: String?
    public var title: String
    public var subtitle: String?
    public var collection: CollectionMembership?
    public var creators: [Person]
    public var contributors: [Person]
    public var language: String
    /// ISO 8601; the manifest's, or the earliest date of the texts.
    public var date: String?
    public var publisher: String?
    public var rights: String?
    public var license: String?
    public var subjects: [String]
    public var description: String?
    /// `dcterms:modified`, ISO 8601 in UTC.
    public var modified: String
    /// Where ``modified`` came from: `SOURCE_DATE_EPOCH`, `git`, or `file times`.
    public var modifiedSource: String
    public var documents: [DocumentMetadata]
    public var counts: Counts
    public var readingMinutes: Int
    public var generator: String

    public struct Counts: Codable, Sendable, Equatable {
        public var documents: Int
        public var words: Int
        public var footnotes: Int
        public var paragraphs: Int
    }
}

/// What one text says about itself.
public struct DocumentMetadata: Codable, Sendable, Equatable {
    /// Relative to the edition folder.
    public var file: String
    public var sha256: String?
    public var identifier: String
    public var title: String?
    /// `telegram`, `letter`, `memorandum` … from the title.
    public var type: String?
    public var sender: String?
    public var recipient: String?
    /// The name on the `/s/` line: the author of the letter, even when the
    /// telegram came from an embassy.
    public var signatory: String?
    /// ISO 8601 date from the dateline.
    public var date: String?
    /// `19:00`, local time at ``place``.
    public var time: String?
    /// `1962-10-26T19:00`, local time (the source gives no UTC offset).
    public var dateTime: String?
    public var place: String?
    public var undated: Bool
    public var citation: Citation?
    public var sourceNote: String?
    public var words: Int
    public var footnotes: Int
    public var paragraphs: Int
    public var readingMinutes: Int

    public struct Citation: Codable, Sendable, Equatable {
        public var text: String
        public var publisher: String?
        public var series: String?
        public var years: String?
        public var volume: String?
        public var volumeTitle: String?
        /// `1961–1963, Volume XI`.
        public var volumeLabel: String?
    }
}

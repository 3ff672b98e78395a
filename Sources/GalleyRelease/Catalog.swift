import GalleyEnrich

/// `dist/catalog.json`: every edition, every released version, its files
/// with sizes and SHA-256, dates and changes. Rebuilt from the release
/// folders alone, so it can be regenerated at any time and comes out the same.
public struct Catalog: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1

    public struct Edition: Codable, Sendable, Equatable {
        public let slug: String
        public let identifier: String
        public let title: String
        public let latestVersion: String
        /// Newest first.
        public let versions: [Version]

        public init(slug: String, identifier: String, title: String, latestVersion: String, versions: [Version]) {
            self.slug = slug
            self.identifier = identifier
            self.title = title
            self.latestVersion = latestVersion
            self.versions = versions
        }
    }

    public struct Version: Codable, Sendable, Equatable {
        public let version: String
        /// The release's `dcterms:modified`.
        public let date: String
        public let metadata: EditionMetadata
        public let files: [File]
        /// This version's entry of `CHANGELOG.md`.
        public let changes: String

        public init(version: String, date: String, metadata: EditionMetadata, files: [File], changes: String) {
            self.version = version
            self.date = date
            self.metadata = metadata
            self.files = files
            self.changes = changes
        }
    }

    public struct File: Codable, Sendable, Equatable {
        /// Relative to `dist/`.
        public let path: String
        public let size: Int
        public let sha256: String
        public let mediaType: String

        public init(path: String, size: Int, sha256: String, mediaType: String) {
            self.path = path
            self.size = size
            self.sha256 = sha256
            self.mediaType = mediaType
        }
    }

    public var schemaVersion = Catalog.currentSchemaVersion
    public let generator: String
    /// The newest release date in the catalog (not the time it was written).
    public let updated: String?
    public let editions: [Edition]

    public init(generator: String, editions: [Edition]) {
        self.generator = generator
        self.editions = editions.sorted { $0.slug < $1.slug }
        updated = editions.flatMap { $0.versions.map(\.date) }.max()
    }

    /// The media type Galley gives each kind of release file.
    public static func mediaType(of name: String) -> String {
        if name.hasSuffix(".epub") { return "application/epub+zip" }
        if name.hasSuffix(".tar.gz") { return "application/gzip" }
        if name.hasSuffix(".zip") { return "application/zip" }
        if name.hasSuffix(".json") { return "application/json" }
        if name.hasSuffix(".md") { return "text/markdown" }
        return "text/plain"
    }
}

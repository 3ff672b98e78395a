/// A built package read back for `galley verify`: an EPUB, or a BagIt bag
/// (a folder, a tar.gz or a zip). The reader records what it finds (entries,
/// the raw zip header of the first entry, the XML facts libxml2 reports);
/// the EP and AR rules judge it.
public struct PackageContents: Sendable {
    public enum Kind: String, Sendable {
        case epub, bag
        /// A release folder `dist/<slug>/<version>/` with its `SHA256SUMS`.
        case release
    }

    /// The package as the user named it.
    public let path: String
    public let kind: Kind
    /// Files by path relative to the package root (a bag's top folder).
    public let files: [String: [UInt8]]
    /// Entry names in the order they are stored.
    public let order: [String]
    /// Why the package could not be read at all, if it could not.
    public let readFailure: String?
    /// For an EPUB: the local header of the first zip entry.
    public let firstEntry: ZipEntryHeader?
    /// For each XML file: what libxml2 found in it.
    public let xml: [String: XMLFacts]
    /// For a release verified with `--rebuild`: the files rebuilt from its bag.
    public var rebuilt: [String: [UInt8]]?
    /// Hex SHA-256 and SHA-512 of every file, computed by the reader.
    public let sha256: [String: String]
    public let sha512: [String: String]
    /// The manifests the package holds, parsed once by the reader, by file
    /// name (`manifest-sha256.txt`, `tagmanifest-sha256.txt`, `SHA256SUMS` …).
    public let manifests: [String: [ManifestEntry]]

    public static let manifestNames = ["manifest-sha256.txt", "manifest-sha512.txt", "tagmanifest-sha256.txt", "SHA256SUMS"]

    public init(path: String, kind: Kind, files: [String: [UInt8]], order: [String], readFailure: String?,
                firstEntry: ZipEntryHeader?, xml: [String: XMLFacts], rebuilt: [String: [UInt8]]? = nil,
                sha256: [String: String] = [:], sha512: [String: String] = [:]) {
        self.rebuilt = rebuilt
        self.sha256 = sha256
        self.sha512 = sha512
        var manifests: [String: [ManifestEntry]] = [:]
        for name in Self.manifestNames {
            if let bytes = files[name] { manifests[name] = ManifestEntry.parse(bytes) }
        }
        self.manifests = manifests
        self.path = path
        self.kind = kind
        self.files = files
        self.order = order
        self.readFailure = readFailure
        self.firstEntry = firstEntry
        self.xml = xml
    }

    /// How reports name a file inside the package: `book.epub/EPUB/text-1.xhtml`.
    public func displayPath(of file: String) -> String { path + "/" + file }
}

/// The fields of a zip local file header that EPUB constrains.
public struct ZipEntryHeader: Sendable, Hashable {
    public let name: String
    /// 0 stored, 8 deflated.
    public let method: UInt16
    public let flags: UInt16
    public let extraFieldLength: Int
    public init(name: String, method: UInt16, flags: UInt16, extraFieldLength: Int) {
        self.name = name
        self.method = method
        self.flags = flags
        self.extraFieldLength = extraFieldLength
    }
}

/// What a parse of one XML file showed.
public struct XMLFacts: Sendable {
    public struct Problem: Sendable, Hashable {
        public let line: Int
        public let column: Int
        public let message: String
        public init(line: Int, column: Int, message: String) {
            self.line = line
            self.column = column
            self.message = message
        }
    }

    /// An element with the attributes the rules look at.
    public struct Element: Sendable, Hashable {
        public let name: String
        public let line: Int
        public let attributes: [String: String]
        public init(name: String, line: Int, attributes: [String: String]) {
            self.name = name
            self.line = line
            self.attributes = attributes
        }
    }

    /// Well-formedness errors; empty when the file parsed.
    public let problems: [Problem]
    /// Every element, in document order (empty when it did not parse).
    public let elements: [Element]

    public init(problems: [Problem], elements: [Element]) {
        self.problems = problems
        self.elements = elements
    }

    /// Every `id` in the file.
    public var ids: Set<String> { Set(elements.compactMap { $0.attributes["id"] }) }
}

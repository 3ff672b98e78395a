/// One file of the book, with what the package document says about it.
public struct EPUBResource: Sendable {
    /// Path inside the container (`EPUB/text-1.xhtml`).
    public let path: String
    /// The manifest id.
    public let id: String
    public let mediaType: String
    /// Manifest properties (`nav`), if any.
    public let properties: String?
    /// Whether it is read in order (listed in the spine).
    public let inSpine: Bool
    public let bytes: [UInt8]

    public init(path: String, id: String, mediaType: String, properties: String? = nil, inSpine: Bool, bytes: [UInt8]) {
        self.path = path
        self.id = id
        self.mediaType = mediaType
        self.properties = properties
        self.inSpine = inSpine
        self.bytes = bytes
    }

    /// The path relative to the package document, which sits in `EPUB/`.
    public var href: String { path.hasPrefix(EPUBLayout.contentFolder + "/") ? String(path.dropFirst(EPUBLayout.contentFolder.count + 1)) : path }
}

/// Where things go inside the container.
public enum EPUBLayout {
    public static let contentFolder = "EPUB"
    public static let packagePath = "EPUB/package.opf"
    public static let stylesheetHref = "css/galley.css"
    public static let xhtml = "application/xhtml+xml"
}

/// A chapter-like page in reading order, for the navigation documents.
public struct EPUBTocEntry: Sendable {
    public let title: String
    public let href: String
}

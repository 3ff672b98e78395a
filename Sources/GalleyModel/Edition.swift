/// An edition: one folder under `Editions/` with its texts, manifest and
/// checksums, read once for the rules.
public struct Edition: Sendable {
    /// The folder as the user named it (`Editions/khrushchev-1962-10-26`).
    public let path: String
    /// The folder name, the edition's identity in file names.
    public let slug: String
    public let manifest: EditionManifest
    /// The texts, in reading order.
    public let documents: [Document]
    /// `nil` when the edition has no `SHA256SUMS`.
    public let checksums: ChecksumList?
    /// Every file that a seal covers, sorted by relative path.
    public let files: [EditionFile]
    /// False when the user named single files rather than the folder; the
    /// edition-wide rules (checksums, consistency) then stay silent.
    public let isComplete: Bool

    public init(
        path: String, slug: String, manifest: EditionManifest, documents: [Document],
        checksums: ChecksumList?, files: [EditionFile], isComplete: Bool
    ) {
        self.path = path
        self.slug = slug
        self.manifest = manifest
        self.documents = documents
        self.checksums = checksums
        self.files = files
        self.isComplete = isComplete
    }

    /// The path of a file inside the edition, as reports show it.
    public func displayPath(of relativePath: String) -> String {
        path.isEmpty || path == "." ? relativePath : (path.hasSuffix("/") ? path + relativePath : path + "/" + relativePath)
    }
}

/// A file in an edition folder and its SHA-256.
public struct EditionFile: Sendable, Hashable {
    /// Relative to the edition folder, with `/` separators.
    public let relativePath: String
    /// Lower-case hex; `nil` when the file could not be read (the encoding
    /// or manifest rules report why).
    public let sha256: String?
    public init(relativePath: String, sha256: String?) {
        self.relativePath = relativePath
        self.sha256 = sha256
    }
}

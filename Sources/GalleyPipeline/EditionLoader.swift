import GalleyArchive
import GalleyModel
import GalleyReader

/// Reads an edition folder (or a single text) into an ``Edition``: the
/// manifest, the checksum list, every text as a ``Document``, and the
/// SHA-256 of every file a seal covers. Each file is read once.
public enum EditionLoader {
    public static let manifestName = "edition.yaml"
    public static let checksumListName = "SHA256SUMS"
    public static let textExtension = ".txt"

    /// Loads the edition in `folder`.
    public static func load(folder: String) throws -> Edition {
        let slug = folder.split(separator: "/").last.map(String.init) ?? folder
        let manifestPath = FileAccess.join(folder, manifestName)
        var manifest = readManifest(at: manifestPath) ?? EditionManifest()
        if let declared = manifest.slug, declared != slug {
            manifest.problems.append(ManifestProblem(
                kind: .invalid, range: manifest.keyRanges["slug"],
                message: "`slug` is \(declared), but the edition folder is named \(slug); the slug is the folder name"))
        }
        let checksums = readChecksums(at: FileAccess.join(folder, checksumListName))

        var digests: [String: String] = [:]
        var sealable: [String] = []
        try collectFiles(in: folder, relative: "", into: &sealable)

        let textNames: [String]
        if let listed = manifest.texts {
            textNames = listed
            for name in listed where !sealable.contains(name) {
                manifest.problems.append(ManifestProblem(
                    kind: .invalid, range: nil, message: "`texts` lists \(name), which is not a file in the edition folder"))
            }
        } else {
            // Top-level names ending in .txt, whatever they are: a folder or a
            // link named like a text is reported as unreadable, not skipped.
            textNames = try FileAccess.entries(of: folder).filter { $0.hasSuffix(textExtension) }
        }
        var documents: [Document] = []
        for name in textNames where manifest.texts == nil || sealable.contains(name) {
            let (document, digest) = readText(at: FileAccess.join(folder, name))
            documents.append(document)
            if let digest { digests[name] = digest }
        }
        for name in sealable where digests[name] == nil {
            if case .success(let bytes) = FileAccess.read(FileAccess.join(folder, name)) {
                digests[name] = Digests.sha256(bytes)
            }
        }
        let files = sealable.map { EditionFile(relativePath: $0, sha256: digests[$0]) }
        return Edition(path: folder, slug: slug, manifest: manifest, documents: documents,
                       checksums: checksums, files: files, isComplete: true)
    }

    /// Loads one text file on its own, under the manifest of the folder it is in.
    public static func load(file: String) -> Edition {
        let parts = file.split(separator: "/", omittingEmptySubsequences: false)
        let folder = parts.count > 1 ? parts.dropLast().joined(separator: "/") : "."
        let manifest = readManifest(at: FileAccess.join(folder == "." ? "" : folder, manifestName)) ?? EditionManifest()
        let (document, digest) = readText(at: file)
        let name = String(parts.last ?? "")
        return Edition(path: folder, slug: name, manifest: manifest, documents: [document], checksums: nil,
                       files: digest.map { [EditionFile(relativePath: name, sha256: $0)] } ?? [], isComplete: false)
    }

    // MARK: - Pieces

    static func readText(at path: String) -> (Document, String?) {
        if FileAccess.isSymbolicLink(path) {
            return (PlainTextReader.read(.unreadable(path: path, reason: "it is a symbolic link, which Galley does not follow")), nil)
        }
        switch FileAccess.read(path) {
        case .success(let bytes):
            return (PlainTextReader.read(bytes, path: path), Digests.sha256(bytes))
        case .failure(let failure):
            return (PlainTextReader.read(.unreadable(path: path, reason: failure.reason)), nil)
        }
    }

    static func readManifest(at path: String) -> EditionManifest? {
        guard FileAccess.kind(of: path) != .missing else { return nil }
        switch FileAccess.read(path) {
        case .success(let bytes):
            return ManifestReader.read(bytes, path: path)
        case .failure(let failure):
            return EditionManifest(problems: [ManifestProblem(kind: .invalid, range: nil, message: "edition.yaml cannot be read: \(failure.reason)")], path: path)
        }
    }

    static func readChecksums(at path: String) -> ChecksumList? {
        guard FileAccess.kind(of: path) == .file, case .success(let bytes) = FileAccess.read(path) else { return nil }
        return ChecksumListReader.read(bytes, path: path)
    }

    /// Every regular file below `folder` except hidden ones, symbolic links
    /// and the top-level checksum list, as sorted relative paths.
    static func collectFiles(in folder: String, relative: String, into result: inout [String]) throws {
        for name in try FileAccess.entries(of: FileAccess.join(folder, relative)) {
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            if relative.isEmpty, name == checksumListName { continue }
            let path = FileAccess.join(folder, relativePath)
            if FileAccess.isSymbolicLink(path) {
                if name.hasSuffix(textExtension), relative.isEmpty { result.append(relativePath) }
                continue
            }
            switch FileAccess.kind(of: path) {
            case .file: result.append(relativePath)
            case .directory: try collectFiles(in: folder, relative: relativePath, into: &result)
            case .other, .missing: continue
            }
        }
        result.sort()
    }
}

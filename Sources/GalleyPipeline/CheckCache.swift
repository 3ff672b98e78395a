import Foundation
import GalleyArchive
import GalleyModel
import GalleyReport
import GalleyRules

/// The incremental cache (`.galley-cache/`): an edition's findings, keyed by
/// the SHA-256 of everything they depend on (every file's bytes, the rule
/// set and Galley's version). An unchanged edition is not re-read into a
/// model or re-checked. A corrupt or mismatched entry is ignored and
/// rewritten, never trusted.
struct CheckCache {
    let folder: String

    struct Entry: Codable {
        var schemaVersion = 1
        let key: String
        let files: [String]
        let findings: [Finding]
    }

    /// The key of an edition: hashes its files without building models.
    static func key(for folder: String) throws -> String {
        var names: [String] = []
        try EditionLoader.collectFiles(in: folder, relative: "", into: &names)
        var material = "galley \(GalleyVersion.current)\n"
        for rule in RuleRegistry.all { material += "\(rule.id) \(rule.defaultSeverity.rawValue)\n" }
        material += "edition \(folder)\n"
        for name in names + [EditionLoader.checksumListName] {
            let path = FileAccess.join(folder, name)
            switch FileAccess.read(path) {
            case .success(let bytes): material += "\(name) \(Digests.sha256(bytes))\n"
            case .failure(let failure): material += "\(name) unreadable \(failure.reason)\n"
            }
        }
        // Top-level names ending in .txt that are not files still change the result.
        for name in try FileAccess.entries(of: folder) where name.hasSuffix(EditionLoader.textExtension) && !names.contains(name) {
            material += "\(name) not a file\n"
        }
        return Digests.sha256(Array(material.utf8))
    }

    func lookup(_ key: String) -> Entry? {
        guard case .success(let bytes) = FileAccess.read(FileAccess.join(folder, key + ".json")),
              let entry = try? JSONDecoder().decode(Entry.self, from: Data(bytes)),
              entry.key == key, entry.schemaVersion == 1 else { return nil }
        return entry
    }

    func store(_ entry: Entry) {
        guard let data = try? JSONEncoder().encode(entry) else { return }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // A cache that cannot be written only makes the next run slower.
        try? AtomicFile.write(Array(data), to: FileAccess.join(folder, entry.key + ".json"), step: "cache")
    }

    /// The SHA-256 of the book last built from these inputs.
    func lookupBook(_ key: String) -> String? {
        guard case .success(let bytes) = FileAccess.read(FileAccess.join(folder, "book-" + key)) else { return nil }
        let digest = String(decoding: bytes, as: UTF8.self)
        return digest.count == 64 && digest.allSatisfy(\.isHexDigit) ? digest : nil
    }

    func storeBook(_ key: String, digest: String) {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? AtomicFile.write(Array(digest.utf8), to: FileAccess.join(folder, "book-" + key), step: "cache")
    }
}

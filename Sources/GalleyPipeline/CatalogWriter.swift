import Foundation
import GalleyArchive
import GalleyEnrich
import GalleyModel
import GalleyRelease

/// Rebuilds `dist/catalog.json` and `dist/opds.xml` from the release
/// folders `dist/<slug>/<version>/`, deterministically.
public enum CatalogWriter {
    public static func rebuild(output: String) throws {
        let catalog = try read(output: output)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = Array(try encoder.encode(catalog)) + [0x0A]
        try AtomicFile.write(json, to: FileAccess.join(output, "catalog.json"), step: "catalog")
        let feed = OPDSFeed.make(catalog, identifier: "urn:uuid:" + UUIDv5.make(name: "galley-catalog"))
        try AtomicFile.write(feed, to: FileAccess.join(output, "opds.xml"), step: "catalog")
    }

    public static func read(output: String) throws -> Catalog {
        var editions: [Catalog.Edition] = []
        for slug in try FileAccess.entries(of: output) where FileAccess.kind(of: FileAccess.join(output, slug)) == .directory {
            let folder = FileAccess.join(output, slug)
            var versions: [(SemanticVersion, Catalog.Version)] = []
            for name in try FileAccess.entries(of: folder) {
                guard let semantic = SemanticVersion(name) else { continue }
                let release = FileAccess.join(folder, name)
                guard case .success(let bytes) = FileAccess.read(FileAccess.join(release, "metadata.json")) else {
                    throw GalleyError(step: "catalog", path: release, problem: "the release has no readable metadata.json")
                }
                let metadata: EditionMetadata
                do {
                    metadata = try JSONDecoder().decode(EditionMetadata.self, from: Data(bytes))
                } catch {
                    throw GalleyError(step: "catalog", path: FileAccess.join(release, "metadata.json"), problem: "not Galley metadata (\(error))")
                }
                var files: [Catalog.File] = []
                for file in try FileAccess.entries(of: release) {
                    guard case .success(let content) = FileAccess.read(FileAccess.join(release, file)) else { continue }
                    files.append(Catalog.File(path: "\(slug)/\(name)/\(file)", size: content.count,
                                              sha256: Digests.sha256(content), mediaType: Catalog.mediaType(of: file)))
                }
                var changes = ""
                if case .success(let changelog) = FileAccess.read(FileAccess.join(release, "CHANGELOG.md")) {
                    changes = ChangelogFile.section(for: name, in: String(decoding: changelog, as: UTF8.self))
                }
                versions.append((semantic, Catalog.Version(version: name, date: metadata.modified, metadata: metadata,
                                                           files: files, changes: changes)))
            }
            versions.sort { $0.0 > $1.0 }
            guard let latest = versions.first?.1 else { continue }
            editions.append(Catalog.Edition(slug: slug, identifier: latest.metadata.identifier, title: latest.metadata.title,
                                            latestVersion: latest.version, versions: versions.map(\.1)))
        }
        return Catalog(generator: "Galley \(GalleyVersion.current)", editions: editions)
    }
}

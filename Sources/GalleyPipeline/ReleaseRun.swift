import Foundation
import GalleyArchive
import GalleyEPUB
import GalleyEnrich
import GalleyArchive
import GalleyModel
import GalleyReader
import GalleyReport
import GalleyRelease

/// `galley release`: checks an edition, builds its book and its BagIt
/// archives, and writes `dist/<slug>/<version>/` once and for all.
///
/// A released version never changes: releasing it again with the same
/// content writes nothing; with different content it is refused. The
/// release folder is assembled under a hidden name and renamed into place,
/// so an interrupted release leaves no half-written version behind.
public struct ReleaseRun: Sendable {
    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    public enum Outcome: Sendable {
        case released(Release)
        /// The same version was already released with exactly this content.
        case unchanged(Release)
        /// The edition has errors; nothing was written.
        case refused(CheckReport)
    }

    public struct Release: Sendable {
        public let folder: String
        public let files: [String]
        public let changelog: ChangelogEntry
        public let report: CheckReport
    }

    public func release(edition folder: String, output: String) throws -> Outcome {
        guard FileAccess.kind(of: folder) == .directory else {
            throw GalleyError(step: "release", path: folder, problem: "not an edition folder")
        }
        let edition = try EditionLoader.load(folder: folder)
        let findings = Checker().check(edition)
        let report = CheckReport(editions: [folder], files: edition.filesRead, findings: findings)
        if report.hasErrors { return .refused(report) }
        guard let version = edition.manifest.version, let semantic = SemanticVersion(version) else {
            throw GalleyError(step: "release", path: edition.manifest.path ?? folder, problem: "a release needs a `version` (semantic, such as 1.0.0) in edition.yaml")
        }
        let modified = try ModificationTime.resolve(for: edition, environment: environment)
        let editionFolder = FileAccess.join(output, edition.slug)
        let (files, entry) = try contents(of: edition, version: semantic, modified: modified, releasesFolder: editionFolder)
        let target = FileAccess.join(editionFolder, version)
        let release = Release(folder: target, files: files.keys.sorted(), changelog: entry, report: report)

        if FileAccess.kind(of: target) != .missing {
            let differing = try differences(between: target, and: files)
            guard differing.isEmpty else {
                throw GalleyError(step: "release", path: target, problem: """
                    version \(version) is already released with different content (\(differing.joined(separator: ", "))); \
                    a released version never changes: give the new text a new version
                    """)
            }
            return .unchanged(release)
        }
        try writeAtomically(files, to: target, modified: modified.timestamp)
        try CatalogWriter.rebuild(output: output)
        return .released(release)
    }

    // MARK: - The release's files

    /// The files of a version and its changelog entry, against the releases
    /// already in `releasesFolder`. Release and `verify --rebuild` both come here.
    func contents(of edition: Edition, version: SemanticVersion, modified: Enricher.Modified,
                  releasesFolder: String) throws -> ([String: [UInt8]], ChangelogEntry) {
        let metadata = Enricher.enrich(edition, modified: modified)
        let previous = try previousRelease(in: releasesFolder, slug: edition.slug, before: version)
        let texts = edition.documents.filter(\.isText)
        let current = Dictionary(zip(metadata.documents.map(\.file), texts), uniquingKeysWith: { first, _ in first })
        let entry = Changelog.entry(version: version.text, date: metadata.modified,
                                    previous: previous.map { ($0.version, $0.documents, $0.metadata) },
                                    current: current, metadata: metadata)
        let files = try releaseFiles(edition: edition, metadata: metadata, modified: modified, entry: entry,
                                     previousChangelog: previous?.changelog)
        return (files, entry)
    }

    /// The entries of a release's tar.gz bag, read in memory.
    func bagEntries(ofRelease folder: String, base: String, step: String) throws -> [ArchiveReader.Entry] {
        let path = FileAccess.join(folder, "\(base).tar.gz")
        guard case .success(let archive) = FileAccess.read(path) else {
            throw GalleyError(step: step, path: folder, problem: "no readable \(base).tar.gz")
        }
        do {
            return try ArchiveReader.read(archive)
        } catch {
            throw GalleyError(step: step, path: path, problem: "\(error)")
        }
    }

    /// Every file of the release folder, by name, archives included.
    func releaseFiles(edition: Edition, metadata: EditionMetadata, modified: Enricher.Modified,
                      entry: ChangelogEntry, previousChangelog: String?) throws -> [String: [UInt8]] {
        let base = "\(edition.slug)-\(metadata.version ?? "0.0.0")"
        let book = try EPUBWriter.book(edition: edition, metadata: metadata, timestamp: modified.timestamp)
        let metadataJSON = Array((try InfoRun.json(metadata) + "\n").utf8)
        let changelog = Array(ChangelogFile.merge(title: metadata.title, entry: entry, previous: previousChangelog).utf8)

        var payload: [String: [UInt8]] = [
            "metadata.json": metadataJSON,
            "\(base).epub": book,
            "CHANGELOG.md": Array(entry.markdown.utf8),
        ]
        // The files are read again for the bag; each must still be the file
        // that was checked, or the bag would hold something unchecked.
        for file in edition.files {
            let path = edition.displayPath(of: file.relativePath)
            guard case .success(let bytes) = FileAccess.read(path) else {
                throw GalleyError(step: "release", path: path, problem: "cannot read the file")
            }
            guard Digests.sha256(bytes) == file.sha256 else {
                throw GalleyError(step: "release", path: path, problem: "the file changed while it was being released; run the release again")
            }
            payload["edition/" + file.relativePath] = bytes
        }
        if let list = edition.checksums, case .success(let bytes) = FileAccess.read(list.path) {
            payload["edition/" + EditionLoader.checksumListName] = bytes
        }
        let bag = Bag(payload: payload, info: [
            ("Source-Organization", metadata.publisher ?? "Galley"),
            ("External-Identifier", metadata.identifier),
            ("External-Description", metadata.title),
            ("Bagging-Date", String(metadata.modified.prefix(10))),
            ("Bag-Software-Agent", "Galley \(GalleyVersion.current)"),
            ("Version", metadata.version ?? ""),
        ])
        var files: [String: [UInt8]] = [
            "\(base).epub": book,
            "metadata.json": metadataJSON,
            "CHANGELOG.md": changelog,
        ]
        for format in ArchiveFormat.allCases {
            files["\(base).\(format.rawValue)"] = try archiveBytes(bag.entries(topFolder: base), format: format, modified: modified.timestamp)
        }
        files[EditionLoader.checksumListName] = Array(files.keys.sorted().map { "\(Digests.sha256(files[$0]!))  \($0)\n" }.joined().utf8)
        return files
    }

    /// libarchive writes to a path; the bytes are read back so that the
    /// release can be compared with an existing one before anything moves.
    func archiveBytes(_ entries: [ArchiveEntry], format: ArchiveFormat, modified: UTCTimestamp) throws -> [UInt8] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("galley-\(UUID().uuidString).\(format.rawValue)").path
        defer { unlink(scratch) }
        do {
            try ArchiveWriter.write(entries, format: format, modified: modified.secondsSince1970, to: scratch)
        } catch {
            throw GalleyError(step: "release", path: scratch, problem: "\(error)")
        }
        guard case .success(let bytes) = FileAccess.read(scratch) else {
            throw GalleyError(step: "release", path: scratch, problem: "cannot read the archive back")
        }
        return bytes
    }

    // MARK: - Writing once

    func differences(between folder: String, and files: [String: [UInt8]]) throws -> [String] {
        let existing = Set(try FileAccess.entries(of: folder))
        var differing = Set(existing.symmetricDifference(files.keys))
        for (name, bytes) in files where existing.contains(name) {
            if case .success(let current) = FileAccess.read(FileAccess.join(folder, name)), current == bytes { continue }
            differing.insert(name)
        }
        return differing.sorted()
    }

    func writeAtomically(_ files: [String: [UInt8]], to target: String, modified: UTCTimestamp) throws {
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        removeStalePartials(of: name, in: parent)
        let partial = FileAccess.join(parent, ".\(name).partial-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.createDirectory(atPath: partial, withIntermediateDirectories: true)
        } catch {
            throw GalleyError(step: "release", path: partial, problem: "cannot create the folder (\(error.localizedDescription))")
        }
        var done = false
        defer { if !done { try? FileManager.default.removeItem(atPath: partial) } }
        for (fileName, bytes) in files {
            try AtomicFile.write(bytes, to: FileAccess.join(partial, fileName), step: "release")
        }
        guard rename(partial, target) == 0 else {
            throw GalleyError(step: "release", path: target, problem: "cannot move the release into place: \(String(cString: strerror(errno)))")
        }
        done = true
    }

    /// A release killed mid-way leaves `.<version>.partial-<pid>-…` behind
    /// (never a version folder); the next release removes those whose
    /// process is gone.
    func removeStalePartials(of version: String, in folder: String) {
        let prefix = ".\(version).partial-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }) else { continue }
            if kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(atPath: FileAccess.join(folder, name))
            }
        }
    }

    // MARK: - The version before

    struct PreviousRelease {
        let version: String
        let documents: [String: Document]
        let metadata: EditionMetadata?
        let changelog: String?
    }

    /// The highest released version below `version`, read back from its bag.
    func previousRelease(in folder: String, slug: String, before version: SemanticVersion) throws -> PreviousRelease? {
        guard FileAccess.kind(of: folder) == .directory else { return nil }
        let versions = try FileAccess.entries(of: folder).compactMap(SemanticVersion.init).filter { $0 < version }
        guard let latest = versions.max() else { return nil }
        let release = FileAccess.join(folder, latest.text)
        let base = "\(slug)-\(latest.text)"
        let entries = try bagEntries(ofRelease: release, base: base, step: "release")
        let prefix = "\(base)/data/edition/"
        let metadata = entries.first { $0.path == "\(base)/data/metadata.json" }
            .flatMap { try? JSONDecoder().decode(EditionMetadata.self, from: Data($0.bytes)) }
        var documents: [String: Document] = [:]
        let textNames = metadata?.documents.map(\.file)
        for entry in entries where entry.kind == .file && entry.path.hasPrefix(prefix) {
            let name = String(entry.path.dropFirst(prefix.count))
            guard textNames?.contains(name) ?? name.hasSuffix(EditionLoader.textExtension) else { continue }
            documents[name] = PlainTextReader.read(entry.bytes, path: name)
        }
        let changelog: String? = {
            guard case .success(let bytes) = FileAccess.read(FileAccess.join(release, "CHANGELOG.md")) else { return nil }
            return String(decoding: bytes, as: UTF8.self)
        }()
        return PreviousRelease(version: latest.text, documents: documents, metadata: metadata, changelog: changelog)
    }
}

// MARK: - Rebuilding

extension ReleaseRun {
    /// Rebuilds a release's files from the sources in its own bag, with the
    /// date and date source the release recorded, for `verify --rebuild`.
    public func rebuild(releaseFolder: String) throws -> [String: [UInt8]] {
        let version = (releaseFolder as NSString).lastPathComponent
        let editionFolder = (releaseFolder as NSString).deletingLastPathComponent
        let slug = (editionFolder as NSString).lastPathComponent
        let base = "\(slug)-\(version)"
        guard let semantic = SemanticVersion(version) else {
            throw GalleyError(step: "verify", path: releaseFolder, problem: "the folder is not named after a version")
        }
        let entries = try bagEntries(ofRelease: releaseFolder, base: base, step: "verify")
        guard let recorded = entries.first(where: { $0.path == "\(base)/data/metadata.json" }),
              let old = try? JSONDecoder().decode(EditionMetadata.self, from: Data(recorded.bytes)),
              let timestamp = UTCTimestamp(iso8601: old.modified) else {
            throw GalleyError(step: "verify", path: releaseFolder, problem: "the bag holds no readable metadata.json")
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("galley-rebuild-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let sources = FileAccess.join(scratch, slug)
        let prefix = "\(base)/data/edition/"
        for entry in entries where entry.kind == .file && entry.path.hasPrefix(prefix) {
            let target = FileAccess.join(sources, String(entry.path.dropFirst(prefix.count)))
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try AtomicFile.write(entry.bytes, to: target, step: "verify")
        }
        let edition = try EditionLoader.load(folder: sources)
        let modified = Enricher.Modified(timestamp: timestamp, source: old.modifiedSource)
        return try contents(of: edition, version: semantic, modified: modified, releasesFolder: editionFolder).0
    }
}

/// The cumulative `CHANGELOG.md` of a release folder: newest entry first.
enum ChangelogFile {
    static func merge(title: String, entry: ChangelogEntry, previous: String?) -> String {
        var earlier = ""
        if let previous, let start = previous.range(of: "\n## ") {
            earlier = "\n" + previous[previous.index(after: start.lowerBound)...]
        }
        return "# Changelog: \(title)\n\n" + entry.markdown + earlier
    }

    /// This version's section of a cumulative changelog.
    static func section(for version: String, in text: String) -> String {
        guard let start = text.range(of: "## \(version) ") else { return "" }
        let rest = text[start.lowerBound...]
        let end = rest.dropFirst(3).range(of: "\n## ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end]).trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
    }
}

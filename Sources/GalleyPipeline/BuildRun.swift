import Dispatch
import Foundation
import GalleyArchive
import GalleyEPUB
import GalleyEnrich
import GalleyModel
import GalleyReport

/// `galley build`: checks each edition, and builds the EPUB of every edition
/// without errors. An edition with errors is reported and skipped; the
/// others still build.
public struct BuildRun: Sendable {
    public var checker = Checker()
    public var environment: [String: String]
    /// Parallelism and the cache; shards and progress are not used here.
    public var options: CheckOptions

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, options: CheckOptions = CheckOptions()) {
        self.environment = environment
        self.options = options
    }

    public struct Outcome: Sendable {
        /// What checking found in every edition.
        public let report: CheckReport
        /// The books written, in edition order.
        public let books: [Book]
        /// Editions not built because they have errors.
        public let skipped: [String]
    }

    public struct Book: Sendable {
        public let edition: String
        public let path: String
        public let byteCount: Int
        public let metadata: EditionMetadata
        /// The book was already there, built from the same inputs.
        public let unchanged: Bool
    }

    public func run(paths: [String], outputFolder: String) throws -> Outcome {
        let targets = try CheckTarget.resolve(paths)
        let folders = try targets.map { target -> String in
            guard case .edition(let folder) = target else {
                throw GalleyError(step: "build", path: target.path, problem: "build takes edition folders, not single texts")
            }
            return folder
        }
        try createFolder(outputFolder)
        _ = try ModificationTime.sourceDateEpoch(environment) // a bad value fails before any work
        let results = ResultSlots<Result<(findings: [Finding], files: [String], book: Book?), GalleyError>>(count: folders.count)
        BoundedParallel.forEach(folders.count, jobs: options.jobs) { index in
            do {
                results[index] = .success(try build(folder: folders[index], outputFolder: outputFolder))
            } catch let error as GalleyError {
                results[index] = .failure(error)
            } catch {
                results[index] = .failure(GalleyError(step: "build", path: folders[index], problem: "\(error)"))
            }
        }
        var findings: [Finding] = []
        var files: [String] = []
        var books: [Book] = []
        var skipped: [String] = []
        for (index, slot) in results.values.enumerated() {
            switch slot {
            case .success(let result)?:
                findings += result.findings
                files += result.files
                if let book = result.book { books.append(book) } else { skipped.append(folders[index]) }
            case .failure(let error)?: throw error
            case nil: throw GalleyError(step: "build", path: folders[index], problem: "no result (internal error)")
            }
        }
        return Outcome(report: CheckReport(editions: folders.sorted(), files: files.sorted(), findings: findings),
                       books: books, skipped: skipped)
    }

    /// Checks and, when clean of errors, builds one edition.
    func build(folder: String, outputFolder: String) throws -> (findings: [Finding], files: [String], book: Book?) {
        let edition = try EditionLoader.load(folder: folder)
        let findings = checker.check(edition)
        let files = edition.filesRead
        guard !findings.contains(where: { $0.diagnostic.severity == .error }) else { return (findings, files, nil) }
        let modified = try ModificationTime.resolve(for: edition, environment: environment)
        let metadata = Enricher.enrich(edition, modified: modified)
        let path = FileAccess.join(outputFolder, Self.bookName(metadata))
        // Unchanged inputs and an untouched book: nothing to rebuild.
        let cache = options.cacheFolder.map(CheckCache.init)
        let key = try cache.map { _ in try CheckCache.key(for: folder) + "-" + modified.timestamp.iso8601 }
        if let cache, let key, let stored = cache.lookupBook(key), case .success(let existing) = FileAccess.read(path),
           Digests.sha256(existing) == stored {
            return (findings, files, Book(edition: folder, path: path, byteCount: existing.count, metadata: metadata, unchanged: true))
        }
        let bytes: [UInt8]
        do {
            bytes = try EPUBWriter.book(edition: edition, metadata: metadata, timestamp: modified.timestamp)
        } catch {
            throw GalleyError(step: "build", path: folder, problem: "cannot write the EPUB: \(error)")
        }
        try AtomicFile.write(bytes, to: path, step: "build")
        if let cache, let key { cache.storeBook(key, digest: Digests.sha256(bytes)) }
        return (findings, files, Book(edition: folder, path: path, byteCount: bytes.count, metadata: metadata, unchanged: false))
    }

    /// `<slug>-<version>.epub`, or `<slug>.epub` for an unversioned edition.
    public static func bookName(_ metadata: EditionMetadata) -> String {
        metadata.slug + (metadata.version.map { "-\($0)" } ?? "") + ".epub"
    }

    func createFolder(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw GalleyError(step: "build", path: path, problem: "cannot create the output folder (\(error.localizedDescription))")
        }
    }
}

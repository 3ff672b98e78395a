import Dispatch
import Foundation
import GalleyModel
import GalleyReader
import GalleyReport
import GalleyRules

/// `galley check`: resolves paths, reads and checks every edition in
/// parallel, applies suppressions, and returns one report in a fixed order.
///
/// Each edition is read, checked and reduced to findings before the next is
/// taken, so memory holds the editions in flight, not the corpus.
public struct CheckRun: Sendable {
    public var checker: Checker
    public var options: CheckOptions

    public init(checker: Checker = Checker(), options: CheckOptions = CheckOptions()) {
        self.checker = checker
        self.options = options
    }

    public static let ignoreFileName = ".galley-ignore.yaml"

    public func run(paths: [String]) throws -> CheckReport {
        let resolved = try CheckTarget.resolve(paths)
        let targets = options.shard.map { shard in resolved.filter { shard.contains($0.path) } } ?? resolved
        let results = ResultSlots<EditionResult>(count: targets.count)
        let failures = ResultSlots<GalleyError>(count: targets.count)
        let done = BoundedParallel.Counter()
        let options = self.options
        BoundedParallel.forEach(targets.count, jobs: options.jobs) { index in
            do {
                results[index] = try check(targets[index])
            } catch let error as GalleyError {
                failures[index] = error
            } catch {
                failures[index] = GalleyError(step: "check", path: targets[index].path, problem: "\(error)")
            }
            if let progress = options.progress, let finished = done.take(below: Int.max) {
                progress(finished + 1, targets.count)
            }
        }
        if let failure = failures.values.compactMap({ $0 }).first { throw failure }
        let completed = results.values.compactMap { $0 }
        var findings = completed.flatMap(\.findings)
        var sets = completed.compactMap(\.suppressions)
        for root in ignoreFiles(for: paths) {
            sets.append(apply(root, to: &findings))
        }
        for set in sets {
            for rule in RuleRegistry.suppressionRules {
                findings += rule.init().check(set).map { Finding(diagnostic: $0, sourceLine: sourceLine(of: $0)) }
            }
        }
        return CheckReport(
            editions: completed.compactMap(\.edition).sorted(),
            files: Array(Set(completed.flatMap(\.files))).sorted(),
            findings: findings)
    }

    struct EditionResult: Sendable {
        let edition: String?
        let files: [String]
        let findings: [Finding]
        /// The edition's own suppressions, already applied.
        let suppressions: SuppressionSet?
    }

    func check(_ target: CheckTarget) throws -> EditionResult {
        switch target {
        case .edition(let folder):
            let cache = options.cacheFolder.map(CheckCache.init)
            let key = try cache.map { _ in try CheckCache.key(for: folder) }
            var files: [String]
            var findings: [Finding]
            var manifest: EditionManifest
            if let cache, let key, let entry = cache.lookup(key) {
                files = entry.files
                findings = entry.findings
                manifest = EditionLoader.readManifest(at: FileAccess.join(folder, EditionLoader.manifestName)) ?? EditionManifest()
            } else {
                let edition = try EditionLoader.load(folder: folder)
                files = edition.filesRead
                findings = checker.check(edition)
                manifest = edition.manifest
                if let cache, let key { cache.store(CheckCache.Entry(key: key, files: files, findings: findings)) }
            }
            let set = SuppressionFile(suppressions: manifest.suppressions,
                                      problems: manifest.problems.filter { $0.kind == .badSuppression },
                                      file: manifest.path)
            return EditionResult(edition: folder, files: files, findings: findings, suppressions: apply(set, to: &findings))
        case .text(let file):
            let edition = EditionLoader.load(file: file)
            return EditionResult(edition: nil, files: [file], findings: checker.check(edition), suppressions: nil)
        }
    }

    // MARK: - Suppressions

    /// Suppressions read from one file, before they are applied.
    struct SuppressionFile {
        let suppressions: [Suppression]
        let problems: [ManifestProblem]
        let file: String?
    }

    /// `.galley-ignore.yaml` in the working folder and in each folder named
    /// on the command line; paths in it are relative to its own folder.
    func ignoreFiles(for paths: [String]) -> [SuppressionFile] {
        var folders = ["."]
        for path in paths where FileAccess.kind(of: path) == .directory {
            let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
            if !folders.contains(trimmed) { folders.append(trimmed) }
        }
        return folders.compactMap { folder in
            let path = folder == "." ? Self.ignoreFileName : FileAccess.join(folder, Self.ignoreFileName)
            guard FileAccess.kind(of: path) == .file, case .success(let bytes) = FileAccess.read(path) else { return nil }
            let (suppressions, problems) = SuppressionReader.read(bytes, path: path, prefix: folder == "." ? "" : folder)
            return SuppressionFile(suppressions: suppressions, problems: problems, file: path)
        }
    }

    /// Removes the findings a file's suppressions cover, and counts the matches.
    func apply(_ file: SuppressionFile, to findings: inout [Finding]) -> SuppressionSet {
        var matches = Array(repeating: 0, count: file.suppressions.count)
        findings.removeAll { finding in
            let diagnostic = finding.diagnostic
            for (index, suppression) in file.suppressions.enumerated()
            where suppression.rule == diagnostic.rule
                && (suppression.line == nil || suppression.line == diagnostic.range?.start.line)
                && PathGlob.matches(suppression.pattern, diagnostic.file) {
                matches[index] += 1
                return true
            }
            return false
        }
        return SuppressionSet(suppressions: file.suppressions, matches: matches, problems: file.problems, file: file.file)
    }

    /// The line of a suppression file a finding points at.
    func sourceLine(of diagnostic: Diagnostic) -> String? {
        guard let line = diagnostic.range?.start.line, case .success(let bytes) = FileAccess.read(diagnostic.file) else { return nil }
        return SourceDecoder.decode(bytes, path: diagnostic.file).line(line)?.text
    }
}

extension Edition {
    /// Every file of the edition that was read, as reports name them.
    var filesRead: [String] {
        var files = self.files.map { displayPath(of: $0.relativePath) }
        if let list = checksums { files.append(list.path) }
        return files
    }
}

/// Fixed slots that parallel workers fill by index, so results come out in
/// input order whatever order the workers finish in.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    var values: [Value?] { lock.withLock { storage } }
}

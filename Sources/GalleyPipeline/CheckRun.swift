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

    /// One edition's results, handed out in report order.
    public struct Chunk: Sendable {
        /// The edition folder, or `nil` for a single text.
        public let edition: String?
        public let files: [String]
        /// Sorted in report order.
        public let findings: [Finding]
    }

    /// Checks everything and returns the whole report (formats that need
    /// all findings at once: JSON, SARIF, JUnit, baselines).
    public func run(paths: [String]) throws -> CheckReport {
        var editions: [String] = []
        var files: [String] = []
        var findings: [Finding] = []
        try stream(paths: paths) { chunk in
            if let edition = chunk.edition { editions.append(edition) }
            files += chunk.files
            findings += chunk.findings
        }
        return CheckReport(editions: editions.sorted(), files: Array(Set(files)).sorted(), findings: findings)
    }

    /// Checks everything and hands each edition's findings to `consume` in
    /// report order as soon as every edition before it is done, then the
    /// findings about suppressions. Memory holds the editions in flight and
    /// those waiting for a slower one before them, never the whole corpus.
    public func stream(paths: [String], into consume: (Chunk) -> Void) throws {
        let resolved = try CheckTarget.resolve(paths)
        // Sorted so that editions come out in the order their files sort in.
        let targets = (options.shard.map { shard in resolved.filter { shard.contains($0.path) } } ?? resolved)
            .sorted { ($0.path + "/") < ($1.path + "/") }
        let roots = ignoreFiles(for: paths)
        let emitter = OrderedEmitter(count: targets.count, roots: roots, run: self)
        let options = self.options
        try withoutActuallyEscaping(consume) { consume in
            let sink = UnsafeSendable(consume)
            BoundedParallel.forEach(targets.count, jobs: options.jobs) { index in
                let result: Result<EditionResult, GalleyError>
                do {
                    result = .success(try check(targets[index]))
                } catch let error as GalleyError {
                    result = .failure(error)
                } catch {
                    result = .failure(GalleyError(step: "check", path: targets[index].path, problem: "\(error)"))
                }
                let finished = emitter.deliver(result, at: index, to: sink.value)
                options.progress?(finished, targets.count)
            }
            if let failure = emitter.failure { throw failure }
            var closing: [Finding] = []
            for set in emitter.suppressionSets() {
                for rule in RuleRegistry.suppressionRules {
                    closing += rule.init().check(set).map { Finding(diagnostic: $0, sourceLine: sourceLine(of: $0)) }
                }
            }
            if !closing.isEmpty {
                let sorted = closing.sorted { Diagnostic.reportOrder($0.diagnostic, $1.diagnostic) }
                consume(Chunk(edition: nil, files: [], findings: sorted))
            }
        }
    }

    /// Hands results out in target order, applying the root suppressions on
    /// the way and counting what each of them matched.
    final class OrderedEmitter: @unchecked Sendable {
        private let lock = NSLock()
        private var waiting: [Int: Result<EditionResult, GalleyError>] = [:]
        private var next = 0
        private var finished = 0
        private(set) var failure: GalleyError?
        private var editionSets: [SuppressionSet] = []
        private var rootMatches: [[Int]]
        private let roots: [SuppressionFile]
        private let run: CheckRun

        init(count: Int, roots: [SuppressionFile], run: CheckRun) {
            self.roots = roots
            self.run = run
            rootMatches = roots.map { Array(repeating: 0, count: $0.suppressions.count) }
        }

        /// Stores a result and emits every result that is now next in line;
        /// returns how many editions are done.
        func deliver(_ result: Result<EditionResult, GalleyError>, at index: Int, to consume: (Chunk) -> Void) -> Int {
            lock.withLock {
                waiting[index] = result
                finished += 1
                while let ready = waiting.removeValue(forKey: next) {
                    next += 1
                    switch ready {
                    case .failure(let error):
                        if failure == nil { failure = error }
                    case .success(let edition):
                        guard failure == nil else { continue }
                        var findings = edition.findings
                        for (position, root) in roots.enumerated() {
                            let set = run.apply(root, to: &findings)
                            for (slot, count) in set.matches.enumerated() { rootMatches[position][slot] += count }
                        }
                        if let own = edition.suppressions, !own.suppressions.isEmpty || !own.problems.isEmpty {
                            editionSets.append(own)
                        }
                        findings.sort { Diagnostic.reportOrder($0.diagnostic, $1.diagnostic) }
                        consume(Chunk(edition: edition.edition, files: edition.files, findings: findings))
                    }
                }
                return finished
            }
        }

        func suppressionSets() -> [SuppressionSet] {
            lock.withLock {
                editionSets + zip(roots, rootMatches).map { root, matches in
                    SuppressionSet(suppressions: root.suppressions, matches: matches, problems: root.problems, file: root.file)
                }
            }
        }
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

/// A value handed to parallel workers that the caller guarantees is only
/// used under the emitter's lock.
struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
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

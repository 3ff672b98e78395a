import Dispatch
import Foundation
import GalleyModel
import GalleyReport

/// `galley check`: resolves paths, reads and checks every edition in
/// parallel, and returns one report in a fixed order.
///
/// Each edition is read, checked and reduced to findings before the next is
/// taken, so memory holds the editions in flight, not the corpus.
public struct CheckRun: Sendable {
    public var checker: Checker

    public init(checker: Checker = Checker()) {
        self.checker = checker
    }

    public func run(paths: [String]) throws -> CheckReport {
        let targets = try CheckTarget.resolve(paths)
        let results = ResultSlots<EditionResult>(count: targets.count)
        let failures = ResultSlots<GalleyError>(count: targets.count)
        DispatchQueue.concurrentPerform(iterations: targets.count) { index in
            do {
                results[index] = try check(targets[index])
            } catch let error as GalleyError {
                failures[index] = error
            } catch {
                failures[index] = GalleyError(step: "check", path: targets[index].path, problem: "\(error)")
            }
        }
        if let failure = failures.values.compactMap({ $0 }).first { throw failure }
        let done = results.values.compactMap { $0 }
        return CheckReport(
            editions: done.compactMap(\.edition).sorted(),
            files: Array(Set(done.flatMap(\.files))).sorted(),
            findings: done.flatMap(\.findings))
    }

    struct EditionResult: Sendable {
        let edition: String?
        let files: [String]
        let findings: [Finding]
    }

    func check(_ target: CheckTarget) throws -> EditionResult {
        switch target {
        case .edition(let folder):
            let edition = try EditionLoader.load(folder: folder)
            return EditionResult(edition: folder, files: edition.filesRead, findings: checker.check(edition))
        case .text(let file):
            let edition = EditionLoader.load(file: file)
            return EditionResult(edition: nil, files: [file], findings: checker.check(edition))
        }
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

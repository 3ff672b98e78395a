import Foundation
import GalleyModel

/// How a check runs: parallelism, sharding, caching and progress.
public struct CheckOptions: Sendable {
    /// Editions checked at once; default the number of cores.
    public var jobs: Int
    /// Check only this deterministic share of the editions.
    public var shard: Shard?
    /// The incremental cache folder, or `nil` for none.
    public var cacheFolder: String?
    /// Called as editions finish, with (done, total); from any thread.
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, shard: Shard? = nil,
                cacheFolder: String? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.jobs = max(1, jobs)
        self.shard = shard
        self.cacheFolder = cacheFolder
        self.progress = progress
    }
}

/// `--shard K/N`: the K-th of N shares. An edition's share depends only on
/// its own path, so adding an edition elsewhere moves nothing.
public struct Shard: Sendable, Hashable {
    public let index: Int
    public let count: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    public func contains(_ path: String) -> Bool {
        // FNV-1a over the path's bytes: stable across runs and machines.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return Int(hash % UInt64(count)) == index - 1
    }
}

/// Runs work on at most `jobs` threads, each taking the next index.
enum BoundedParallel {
    static func forEach(_ count: Int, jobs: Int, _ body: @Sendable (Int) -> Void) {
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: min(max(jobs, 1), max(count, 1))) { _ in
            while let index = next.take(below: count) { body(index) }
        }
    }

    final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()
        func take(below limit: Int) -> Int? {
            lock.withLock {
                guard value < limit else { return nil }
                defer { value += 1 }
                return value
            }
        }
    }
}

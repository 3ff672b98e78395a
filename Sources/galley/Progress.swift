import Foundation

/// A live progress line on a terminal: `checked 1200/10000 editions, 850/s, 10 s left`.
/// Written to stderr, only when stderr is a terminal, and erased at the end,
/// so nothing of it reaches files, pipes or machine formats.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drew = false

    static func forTerminal(enabled: Bool) -> Progress? {
        guard enabled, isatty(STDERR_FILENO) == 1 else { return nil }
        return Progress()
    }

    @Sendable func update(done: Int, total: Int) {
        lock.withLock {
            let now = Date()
            guard now.timeIntervalSince(lastDraw) >= 0.1 || done == total else { return }
            lastDraw = now
            let elapsed = max(now.timeIntervalSince(start), 0.001)
            let rate = Double(done) / elapsed
            let left = rate > 0 ? Int((Double(total - done) / rate).rounded()) : 0
            Terminal.writeError("\r\u{1B}[Kchecked \(done)/\(total) editions, \(Int(rate))/s, \(left) s left")
            drew = true
        }
    }

    func finish() {
        lock.withLock { if drew { Terminal.writeError("\r\u{1B}[K") } }
    }
}

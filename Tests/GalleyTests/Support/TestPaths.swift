import Foundation

/// Where the package and its test fixtures are, found from this file's path
/// so that tests run the same from any working folder and never need `../shared`.
enum TestPaths {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // Support
        .deletingLastPathComponent() // GalleyTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent()

    static let fixtures = packageRoot.appendingPathComponent("Tests/GalleyTests/Fixtures")
    static let ruleFixtures = fixtures.appendingPathComponent("Rules")
    static let editions = packageRoot.appendingPathComponent("Editions")
    static let seed = editions.appendingPathComponent(
        "khrushchev-to-kennedy-1962-10-26/khrushchev-to-kennedy-1962-10-26.txt")

    /// The built `galley` executable, beside the test bundle.
    static var galleyBinary: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("galley")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/galley")
    }
}

/// A fresh folder under the system's temporary folder, removed by the caller.
struct TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("galley-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ relativePath: String, _ text: String) throws {
        try write(relativePath, Data(text.utf8))
    }

    func write(_ relativePath: String, _ data: Data) throws {
        let target = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
    }

    func read(_ relativePath: String) throws -> Data {
        try Data(contentsOf: url.appendingPathComponent(relativePath))
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

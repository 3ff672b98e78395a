import Foundation

/// Small external programs the tests use as independent judges.
enum Oracles {
    struct Result {
        let status: Int32
        let output: String
    }

    @discardableResult
    static func run(_ arguments: [String], in folder: String? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// The Library of Congress validator, `bagit.py --validate` (from PyPI,
    /// installed by `Scripts/bootstrap --test`).
    static func validateBag(_ folder: String) throws -> Result {
        let probe = try run(["python3", "-c", "import bagit"])
        guard probe.status == 0 else { throw Missing(what: "bagit (PyPI); run Scripts/bootstrap --test") }
        return try run(["python3", "-m", "bagit", "--validate", folder])
    }

    /// Extracts a tar.gz or zip with Python's own tarfile / zipfile modules.
    static func extract(_ archive: String, into folder: String) throws {
        let module = archive.hasSuffix(".zip") ? "zipfile" : "tarfile"
        let result = try run(["python3", "-m", module, "-e", archive, folder])
        guard result.status == 0 else { throw Missing(what: "python3 -m \(module) failed: \(result.output)") }
    }

    struct Missing: Error, CustomStringConvertible {
        let what: String
        var description: String { what }
    }
}

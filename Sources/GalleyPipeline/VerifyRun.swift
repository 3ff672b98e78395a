import Foundation
import GalleyModel
import GalleyReport
import GalleyRelease
import GalleyRules

/// `galley verify`: proves what it is given. An EPUB, a bag (folder, tar.gz
/// or zip), a release folder (its SHA256SUMS, its EPUB and both bags), or a
/// whole `dist/` (every release in it). With `rebuild`, each release is also
/// rebuilt from its own bag and compared byte for byte.
public struct VerifyRun: Sendable {
    public var rebuild: Bool

    public init(rebuild: Bool = false) {
        self.rebuild = rebuild
    }

    public struct Outcome: Sendable {
        public let report: CheckReport
        /// For each release rebuilt: its folder and whether every file came out identical.
        public let rebuilds: [(folder: String, identical: Bool)]
    }

    public func run(paths: [String]) throws -> Outcome {
        var packages: [String] = []
        for path in paths {
            let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
            switch FileAccess.kind(of: trimmed) {
            case .missing: throw GalleyError(step: "verify", path: path, problem: "no such file or folder")
            case .file, .other: packages.append(trimmed)
            case .directory: packages += try expand(trimmed)
            }
        }
        var findings: [Finding] = []
        var rebuilds: [(String, Bool)] = []
        var files: [String] = []
        for path in packages {
            var package = PackageReader.read(path)
            if rebuild, package.kind == .release, package.readFailure == nil {
                package.rebuilt = try ReleaseRun().rebuild(releaseFolder: path)
                let identical = package.rebuilt!.allSatisfy { package.files[$0.key] == $0.value }
                rebuilds.append((path, identical))
            }
            files.append(path)
            for rule in RuleRegistry.packageRules {
                for diagnostic in rule.init().check(package) {
                    findings.append(Finding(diagnostic: diagnostic, sourceLine: sourceLine(diagnostic, package)))
                }
            }
        }
        return Outcome(report: CheckReport(editions: [], files: files.sorted(), findings: findings), rebuilds: rebuilds)
    }

    /// A folder: a bag, a release folder (with what it holds), or a folder of
    /// releases such as `dist/`.
    func expand(_ folder: String) throws -> [String] {
        // A bag is recognised by any of its parts, so that a bag that lost
        // its declaration is still checked (and reported) as a bag.
        let bagParts = ["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt", "data"]
        if bagParts.contains(where: { FileAccess.kind(of: FileAccess.join(folder, $0)) != .missing }) { return [folder] }
        if FileAccess.kind(of: FileAccess.join(folder, EditionLoader.checksumListName)) == .file {
            let inner = try FileAccess.entries(of: folder)
                .filter { $0.hasSuffix(".epub") || $0.hasSuffix(".tar.gz") || $0.hasSuffix(".zip") }
                .map { FileAccess.join(folder, $0) }
            return [folder] + inner
        }
        var result: [String] = []
        for slug in try FileAccess.entries(of: folder) where FileAccess.kind(of: FileAccess.join(folder, slug)) == .directory {
            for version in try FileAccess.entries(of: FileAccess.join(folder, slug)) where SemanticVersion(version) != nil {
                result += try expand(FileAccess.join(FileAccess.join(folder, slug), version))
            }
        }
        guard !result.isEmpty else {
            throw GalleyError(step: "verify", path: folder, problem: "not a bag, a release folder or a folder of releases")
        }
        return result
    }

    func sourceLine(_ diagnostic: Diagnostic, _ package: PackageContents) -> String? {
        guard let line = diagnostic.range?.start.line, diagnostic.file.hasPrefix(package.path + "/") else { return nil }
        return package.lineText(of: String(diagnostic.file.dropFirst(package.path.count + 1)), line: line)
    }
}

import GalleyModel
import GalleyReport
import GalleyRules

/// `galley seal`: writes an edition's `SHA256SUMS` once its texts are clean.
public enum Sealer {
    /// The checksum rules are left out while sealing: the seal is what
    /// brings them back into line.
    static let checksumRules: Set<RuleID> = Set(RuleRegistry.editionRules.map { $0.id }.filter { $0.family == "CK" })

    public enum Outcome: Sendable {
        /// The list was written (or already said exactly this).
        case sealed(path: String, files: Int, changed: Bool)
        /// The edition has errors; nothing was written.
        case refused(CheckReport)
    }

    public static func seal(folder: String) throws -> Outcome {
        guard FileAccess.kind(of: folder) == .directory else {
            throw GalleyError(step: "seal", path: folder, problem: "not an edition folder")
        }
        let edition = try EditionLoader.load(folder: folder)
        let findings = Checker(excluding: checksumRules).check(edition)
        let report = CheckReport(editions: [folder], files: edition.filesRead, findings: findings)
        if report.hasErrors { return .refused(report) }
        let lines = try edition.files.map { file -> String in
            guard let digest = file.sha256 else {
                throw GalleyError(step: "seal", path: edition.displayPath(of: file.relativePath), problem: "cannot read the file")
            }
            return "\(digest)  \(file.relativePath)\n"
        }
        let bytes = Array(lines.joined().utf8)
        let path = FileAccess.join(folder, EditionLoader.checksumListName)
        if case .success(let existing) = FileAccess.read(path), existing == bytes {
            return .sealed(path: path, files: lines.count, changed: false)
        }
        try AtomicFile.write(bytes, to: path, step: "seal")
        return .sealed(path: path, files: lines.count, changed: true)
    }
}

/// One line of a `<digest> <path>` manifest: a BagIt payload or tag
/// manifest, or a release's `SHA256SUMS`.
public struct ManifestEntry: Sendable, Hashable {
    public let line: Int
    /// Lower-case hex.
    public let digest: String
    /// Percent-decoded (RFC 8493 §2.1.3).
    public let path: String

    public init(line: Int, digest: String, path: String) {
        self.line = line
        self.digest = digest
        self.path = path
    }

    /// Parses every line; lines that are not `<digest><space><path>` are
    /// skipped (they cannot match anything, and so show up as a mismatch or
    /// a missing file).
    public static func parse(_ bytes: [UInt8]) -> [ManifestEntry] {
        let text = String(decoding: bytes, as: UTF8.self)
        var result: [ManifestEntry] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            guard let space = line.firstIndex(where: { $0 == " " || $0 == "\t" }) else { continue }
            var path = line[space...].drop { $0 == " " || $0 == "\t" }
            if path.hasPrefix("*") { path = path.dropFirst() }
            guard !path.isEmpty else { continue }
            result.append(ManifestEntry(line: index + 1, digest: line[..<space].lowercased(), path: decode(String(path))))
        }
        return result
    }

    static func decode(_ path: String) -> String {
        var result = ""
        var iterator = path.makeIterator()
        while let character = iterator.next() {
            guard character == "%" else { result.append(character); continue }
            let code = String([iterator.next(), iterator.next()].compactMap { $0 })
            switch code.uppercased() {
            case "25": result += "%"
            case "0A": result += "\n"
            case "0D": result += "\r"
            default: result += "%" + code
            }
        }
        return result
    }
}

import GalleyModel

/// Reads a `SHA256SUMS` file in the format `sha256sum` writes.
public enum ChecksumListReader {
    public static func read(_ bytes: [UInt8], path: String) -> ChecksumList {
        let source = SourceDecoder.decode(bytes, path: path)
        var entries: [ChecksumList.Entry] = []
        var malformed: [TextSpan] = []
        for line in source.lines where !line.text.isEmpty {
            if let entry = entry(line) {
                entries.append(entry)
            } else {
                malformed.append(TextSpan(text: line.text, range: line.fullRange))
            }
        }
        return ChecksumList(path: path, entries: entries, malformedLines: malformed, source: source)
    }

    /// `<64 hex>  <path>` or `<64 hex> *<path>`; the path relative, without
    /// `..` components.
    static func entry(_ line: SourceLine) -> ChecksumList.Entry? {
        let bytes = Array(line.text.utf8)
        guard bytes.count > 66, bytes[64] == 0x20, bytes[65] == 0x20 || bytes[65] == 0x2A else { return nil }
        let hexDigits = bytes[0..<64]
        guard hexDigits.allSatisfy({ isDigit($0) || (0x61...0x66).contains(asciiLower($0)) }) else { return nil }
        var path = String(decoding: bytes[66...], as: UTF8.self)
        while path.hasPrefix("./") { path.removeFirst(2) }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"), !components.contains(".."), !components.contains("") else { return nil }
        let digest = String(decoding: hexDigits.map(asciiLower), as: UTF8.self)
        return ChecksumList.Entry(digest: digest, path: path, range: line.fullRange)
    }
}

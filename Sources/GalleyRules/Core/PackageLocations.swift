import GalleyModel

extension PackageContents {
    /// The range of a 1-based line and (byte) column of a file in the
    /// package, with the column counted in Unicode scalars as everywhere else.
    func range(in file: String, line: Int, column: Int = 1) -> SourceRange? {
        guard let bytes = files[file], line >= 1 else { return nil }
        var lineStart = 0
        var current = 1
        var index = 0
        while current < line, index < bytes.count {
            if bytes[index] == 0x0A { current += 1; lineStart = index + 1 }
            index += 1
        }
        let byteColumn = max(column, 1)
        let end = min(lineStart + byteColumn - 1, bytes.count)
        let scalars = bytes[lineStart..<end].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        let location = SourceLocation(line: current, column: scalars + 1, offset: end)
        return SourceRange(start: location, end: location)
    }

    /// The text of a file's line, for findings that point into the package.
    public func lineText(of file: String, line: Int) -> String? {
        guard let bytes = files[file] else { return nil }
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard lines.indices.contains(line - 1) else { return nil }
        return String(decoding: lines[line - 1], as: UTF8.self)
    }
}

/// One line of a `<digest> <path>` manifest (BagIt or `sha256sum`).
struct ManifestLine {
    let line: Int
    let digest: String
    let path: String

    /// Parses every line; lines that are not `<digest><space><path>` are skipped
    /// (they cannot match anything and so show up as a mismatch or a missing file).
    static func parse(_ bytes: [UInt8]) -> [ManifestLine] {
        let text = String(decoding: bytes, as: UTF8.self)
        var result: [ManifestLine] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            guard let space = line.firstIndex(where: { $0 == " " || $0 == "\t" }) else { continue }
            var path = line[space...].drop { $0 == " " || $0 == "\t" }
            if path.hasPrefix("*") { path = path.dropFirst() }
            guard !path.isEmpty else { continue }
            result.append(ManifestLine(line: index + 1, digest: line[..<space].lowercased(), path: decode(String(path))))
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

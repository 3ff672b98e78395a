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

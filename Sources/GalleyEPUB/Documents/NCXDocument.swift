import GalleyXML
/// `EPUB/toc.ncx`: the EPUB 2 table of contents, for older reading systems.
enum NCXDocument {
    static let href = "toc.ncx"

    static func make(identifier: String, title: String, language: String, entries: [EPUBTocEntry]) -> XMLDocument {
        let head: XMLNode = .el("head", [:], [
            .el("meta", ["name": "dtb:uid", "content": identifier]),
            .el("meta", ["name": "dtb:depth", "content": "1"]),
            .el("meta", ["name": "dtb:totalPageCount", "content": "0"]),
            .el("meta", ["name": "dtb:maxPageNumber", "content": "0"]),
        ])
        var points: [XMLNode] = []
        for (index, entry) in entries.enumerated() {
            let label: XMLNode = .el("navLabel", [:], [.el("text", text: entry.title)])
            let content: XMLNode = .el("content", ["src": entry.href])
            points.append(.el("navPoint", ["id": "nav-\(index + 1)", "playOrder": String(index + 1)], [label, content]))
        }
        let root: XMLNode = .el("ncx", ["xmlns": "http://www.daisy.org/z3986/2005/ncx/", "version": "2005-1", "xml:lang": language], [
            head,
            .el("docTitle", [:], [.el("text", text: title)]),
            .el("navMap", [:], points),
        ])
        return XMLDocument(root: root)
    }
}

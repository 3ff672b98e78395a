import GalleyXML
/// `EPUB/nav.xhtml`: the table of contents and the landmarks.
enum NavigationDocument {
    static let href = "nav.xhtml"

    static func make(title: String, language: String, entries: [EPUBTocEntry], bodyStart: String?) -> XMLDocument {
        // Landmarks may only point into the spine, which the navigation
        // document itself is not part of.
        var landmarks: [XMLNode] = [
            .el("li", [:], [.el("a", ["epub:type": "titlepage", "href": TitlePage.href], text: "Title Page")]),
        ]
        if let bodyStart {
            landmarks.append(.el("li", [:], [.el("a", ["epub:type": "bodymatter", "href": bodyStart], text: "Start of Content")]))
        }
        return XHTMLPage.document(title: title, language: language, body: [
            .el("nav", ["epub:type": "toc", "role": "doc-toc", "id": "toc", "aria-labelledby": "toc-title"], [
                .el("h1", ["id": "toc-title"], text: "Contents"),
                .el("ol", [:], entries.map { entry in .el("li", [:], [.el("a", ["href": entry.href], text: entry.title)]) }),
            ]),
            .el("nav", ["epub:type": "landmarks", "id": "landmarks", "hidden": "hidden", "aria-label": "Landmarks"], [
                .el("ol", [:], landmarks),
            ]),
        ])
    }
}

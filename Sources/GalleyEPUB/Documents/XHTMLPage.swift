import GalleyXML
/// The shared skeleton of every XHTML content document: the XHTML
/// namespace, the `epub:` namespace for semantics, the language, and the
/// stylesheet.
enum XHTMLPage {
    static let namespace = "http://www.w3.org/1999/xhtml"
    static let epubNamespace = "http://www.idpf.org/2007/ops"

    static func document(title: String, language: String, bodyAttributes: KeyValuePairs<String, String> = [:], body: [XMLNode]) -> XMLDocument {
        XMLDocument(doctype: "html", root: .el("html", [
            "xmlns": namespace, "xmlns:epub": epubNamespace, "xml:lang": language, "lang": language,
        ], [
            .el("head", [:], [
                .el("meta", ["charset": "utf-8"]),
                .el("title", text: title),
                .el("link", ["rel": "stylesheet", "type": "text/css", "href": EPUBLayout.stylesheetHref]),
            ]),
            .el("body", bodyAttributes, body),
        ]))
    }
}

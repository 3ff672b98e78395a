import GalleyXML
import GalleyEnrich
import GalleyModel

/// `EPUB/colophon.xhtml`: what this book is and how it was made.
enum ColophonPage {
    static let href = "colophon.xhtml"

    static func make(_ metadata: EditionMetadata) -> XMLDocument {
        var rows: [(String, [XMLNode])] = [
            ("Edition", [.text(metadata.identifier + (metadata.version.map { ", version \($0)" } ?? ""))]),
            ("Built", [.text(metadata.modified)]),
        ]
        var citations: [String] = []
        for document in metadata.documents {
            if let text = document.citation?.text, !citations.contains(text) { citations.append(text) }
        }
        rows += citations.map { ("Source", [.text($0)]) }
        for document in metadata.documents {
            rows.append(("Source file", [
                .el("code", text: document.file), .el("br"),
                .text("SHA-256 "), .el("code", ["class": "digest"], text: document.sha256 ?? "unknown"),
            ]))
        }
        if let license = metadata.license ?? metadata.rights { rows.append(("License", [.text(license)])) }
        rows.append(("Produced with", [.text("Galley \(GalleyVersion.current)")]))
        let list: [XMLNode] = rows.flatMap { term, value -> [XMLNode] in
            [.el("dt", text: term), .el("dd", [:], value)]
        }
        return XHTMLPage.document(title: "Colophon", language: metadata.language, body: [
            .el("section", ["epub:type": "colophon", "role": "doc-colophon", "class": "colophon", "aria-labelledby": "colophon-title"], [
                .el("h1", ["id": "colophon-title"], text: "Colophon"),
                .el("p", [:], text: """
                    The texts of this edition are reproduced exactly as found in their sources, \
                    errors included; the digests below identify the files they were built from.
                    """),
                .el("dl", [:], list),
            ]),
        ])
    }
}

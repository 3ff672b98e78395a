import GalleyXML
import GalleyEnrich

/// `EPUB/title.xhtml`: title, subtitle, authors and the edition.
enum TitlePage {
    static let href = "title.xhtml"

    static func make(_ metadata: EditionMetadata) -> XMLDocument {
        var body: [XMLNode] = [.el("h1", ["class": "title"], text: metadata.title)]
        if let subtitle = metadata.subtitle { body.append(.el("p", ["class": "subtitle"], text: subtitle)) }
        if !metadata.creators.isEmpty {
            body.append(.el("p", ["class": "creators"], text: metadata.creators.map(\.name).joined(separator: ", ")))
        }
        if let collection = metadata.collection {
            body.append(.el("p", ["class": "collection"], text: collection.name + (collection.position.map { ", \($0)" } ?? "")))
        }
        let volumes = metadata.documents.compactMap { $0.citation?.volumeLabel }
        if let volume = volumes.first, let series = metadata.documents.first?.citation?.series {
            body.append(.el("p", ["class": "source"], text: "From \(series), \(volume)"))
        }
        if let version = metadata.version { body.append(.el("p", ["class": "edition"], text: "Edition \(version)")) }
        return XHTMLPage.document(title: metadata.title, language: metadata.language, body: [
            .el("section", ["epub:type": "titlepage", "class": "titlepage", "aria-label": "Title page"], body),
        ])
    }
}

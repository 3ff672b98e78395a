import GalleyXML
import GalleyEnrich
import GalleyModel

/// Packs an edition into an EPUB 3 book: one small type per file it holds
/// (container, package document, navigation, NCX, title page, chapters,
/// colophon, stylesheet), serialised once and zipped by ``OCFWriter``.
public enum EPUBWriter {
    /// The book's files in container order, for tests and for `verify`.
    public static func resources(edition: Edition, metadata: EditionMetadata) -> [EPUBResource] {
        let language = metadata.language
        var resources: [EPUBResource] = []
        var entries: [EPUBTocEntry] = [EPUBTocEntry(title: "Title Page", href: TitlePage.href)]
        var chapters: [EPUBResource] = []
        let texts = edition.documents.filter(\.isText)
        for (index, document) in texts.enumerated() {
            let fallback = metadata.documents.indices.contains(index) ? metadata.documents[index].file : "Text \(index + 1)"
            let chapter = ChapterDocument(document: document, language: language, fallbackTitle: fallback)
            let href = "text-\(index + 1).xhtml"
            chapters.append(EPUBResource(path: "\(EPUBLayout.contentFolder)/\(href)", id: "text-\(index + 1)", mediaType: EPUBLayout.xhtml,
                                         inSpine: true, bytes: XMLSerializer.serialize(chapter.make())))
            entries.append(EPUBTocEntry(title: chapter.title, href: href))
        }
        entries.append(EPUBTocEntry(title: "Colophon", href: ColophonPage.href))
        let content = EPUBLayout.contentFolder

        resources.append(EPUBResource(path: "\(content)/\(NavigationDocument.href)", id: "nav", mediaType: EPUBLayout.xhtml,
                                      properties: "nav", inSpine: false,
                                      bytes: XMLSerializer.serialize(NavigationDocument.make(
                                        title: metadata.title, language: language, entries: entries, bodyStart: chapters.first?.href))))
        resources.append(EPUBResource(path: "\(content)/\(NCXDocument.href)", id: "ncx", mediaType: "application/x-dtbncx+xml",
                                      inSpine: false,
                                      bytes: XMLSerializer.serialize(NCXDocument.make(
                                        identifier: metadata.identifier, title: metadata.title, language: language, entries: entries))))
        resources.append(EPUBResource(path: "\(content)/\(EPUBLayout.stylesheetHref)", id: "css", mediaType: "text/css",
                                      inSpine: false, bytes: Array(Stylesheet.css.utf8)))
        resources.append(EPUBResource(path: "\(content)/\(TitlePage.href)", id: "title-page", mediaType: EPUBLayout.xhtml,
                                      inSpine: true, bytes: XMLSerializer.serialize(TitlePage.make(metadata))))
        resources += chapters
        resources.append(EPUBResource(path: "\(content)/\(ColophonPage.href)", id: "colophon", mediaType: EPUBLayout.xhtml,
                                      inSpine: true, bytes: XMLSerializer.serialize(ColophonPage.make(metadata))))
        return resources
    }

    /// The package document for the given resources.
    public static func packageDocument(metadata: EditionMetadata, resources: [EPUBResource]) -> [UInt8] {
        XMLSerializer.serialize(PackageDocument.make(metadata: metadata, resources: resources))
    }

    /// The whole book as zip bytes.
    public static func book(edition: Edition, metadata: EditionMetadata, timestamp: UTCTimestamp) throws -> [UInt8] {
        let resources = resources(edition: edition, metadata: metadata)
        var entries: [OCFWriter.Entry] = [
            .init(name: "mimetype", bytes: Array("application/epub+zip".utf8), stored: true),
            .init(name: ContainerDocument.path, bytes: XMLSerializer.serialize(ContainerDocument.make()), stored: false),
            .init(name: EPUBLayout.packagePath, bytes: packageDocument(metadata: metadata, resources: resources), stored: false),
        ]
        entries += resources.map { OCFWriter.Entry(name: $0.path, bytes: $0.bytes, stored: false) }
        return try OCFWriter(timestamp: timestamp).write(entries)
    }
}

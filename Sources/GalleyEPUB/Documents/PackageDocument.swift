import GalleyXML
import GalleyEnrich
import GalleyModel

/// `EPUB/package.opf`: the book's metadata, manifest and spine, built from
/// ``EditionMetadata`` alone.
enum PackageDocument {
    static func make(metadata: EditionMetadata, resources: [EPUBResource]) -> XMLDocument {
        XMLDocument(root: .el("package", [
            "xmlns": "http://www.idpf.org/2007/opf", "version": "3.0", "unique-identifier": "pub-id",
            "xml:lang": metadata.language,
        ], [
            .el("metadata", ["xmlns:dc": "http://purl.org/dc/elements/1.1/"], metadataElements(metadata)),
            .el("manifest", [:], resources.map(manifestItem)),
            .el("spine", ["toc": "ncx"], resources.filter(\.inSpine).map { .el("itemref", ["idref": $0.id]) }),
        ]))
    }

    static func manifestItem(_ resource: EPUBResource) -> XMLNode {
        var attributes = [XMLAttribute(name: "id", value: resource.id), XMLAttribute(name: "href", value: resource.href),
                          XMLAttribute(name: "media-type", value: resource.mediaType)]
        if let properties = resource.properties { attributes.append(XMLAttribute(name: "properties", value: properties)) }
        return .element(XMLElement(name: "item", attributes: attributes))
    }

    static func metadataElements(_ metadata: EditionMetadata) -> [XMLNode] {
        var nodes: [XMLNode] = [
            .el("dc:identifier", ["id": "pub-id"], text: metadata.identifier),
            .el("dc:title", ["id": "title"], text: metadata.title),
            .el("meta", ["refines": "#title", "property": "title-type"], text: "main"),
        ]
        if let subtitle = metadata.subtitle {
            nodes += [
                .el("dc:title", ["id": "subtitle"], text: subtitle),
                .el("meta", ["refines": "#subtitle", "property": "title-type"], text: "subtitle"),
            ]
        }
        nodes += people(metadata.creators, element: "dc:creator", idPrefix: "creator")
        nodes += people(metadata.contributors, element: "dc:contributor", idPrefix: "contributor")
        nodes.append(.el("dc:language", text: metadata.language))
        if let date = metadata.date { nodes.append(.el("dc:date", text: date)) }
        var citations: [String] = []
        for document in metadata.documents {
            if let text = document.citation?.text, !citations.contains(text) { citations.append(text) }
        }
        nodes += citations.map { .el("dc:source", text: $0) }
        if let publisher = metadata.publisher { nodes.append(.el("dc:publisher", text: publisher)) }
        if let rights = metadata.rights { nodes.append(.el("dc:rights", text: rights)) }
        nodes += metadata.subjects.map { .el("dc:subject", text: $0) }
        if let description = metadata.description { nodes.append(.el("dc:description", text: description)) }
        nodes.append(.el("meta", ["property": "dcterms:modified"], text: metadata.modified))
        if let collection = metadata.collection {
            nodes.append(.el("meta", ["property": "belongs-to-collection", "id": "collection"], text: collection.name))
            nodes.append(.el("meta", ["refines": "#collection", "property": "collection-type"], text: "series"))
            if let position = collection.position {
                nodes.append(.el("meta", ["refines": "#collection", "property": "group-position"], text: String(position)))
            }
        }
        nodes += accessibility(metadata)
        nodes.append(.el("meta", ["name": "generator", "content": metadata.generator]))
        return nodes
    }

    static func people(_ people: [Person], element: String, idPrefix: String) -> [XMLNode] {
        people.enumerated().flatMap { index, person -> [XMLNode] in
            let id = "\(idPrefix)-\(index + 1)"
            var nodes: [XMLNode] = [
                .el(element, ["id": id], text: person.name),
                .el("meta", ["refines": "#\(id)", "property": "role", "scheme": "marc:relators"], text: person.role),
            ]
            if let fileAs = person.fileAs {
                nodes.append(.el("meta", ["refines": "#\(id)", "property": "file-as"], text: fileAs))
            }
            return nodes
        }
    }

    /// EPUB Accessibility 1.1: text only, with structural navigation, a table
    /// of contents, a reading order and linked notes; no hazards.
    static func accessibility(_ metadata: EditionMetadata) -> [XMLNode] {
        let features = ["structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"]
            + (metadata.counts.footnotes > 0 ? ["annotations"] : [])
        var nodes: [XMLNode] = [
            .el("meta", ["property": "schema:accessMode"], text: "textual"),
            .el("meta", ["property": "schema:accessModeSufficient"], text: "textual"),
        ]
        nodes += features.map { .el("meta", ["property": "schema:accessibilityFeature"], text: $0) }
        nodes += [
            .el("meta", ["property": "schema:accessibilityHazard"], text: "none"),
            .el("meta", ["property": "schema:accessibilitySummary"], text: """
                A text-only edition with no images or media. Headings, a table of contents and the \
                reading order follow the source documents; footnotes are linked both ways.
                """),
            .el("meta", ["property": "dcterms:conformsTo"], text: "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"),
        ]
        return nodes
    }
}

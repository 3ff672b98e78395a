import GalleyXML

/// `dist/opds.xml`: an OPDS 1.2 acquisition feed (Atom) with one entry per
/// edition, its latest version, and acquisition links to the EPUB and both
/// archives.
public enum OPDSFeed {
    static let acquisitionType = "application/atom+xml;profile=opds-catalog;kind=acquisition"

    public static func make(_ catalog: Catalog, identifier: String) -> [UInt8] {
        var children: [XMLNode] = [
            .el("id", text: identifier),
            .el("title", text: "Galley editions"),
            .el("updated", text: catalog.updated ?? "1970-01-01T00:00:00Z"),
            .el("author", [:], [.el("name", text: "Galley")]),
            .el("link", ["rel": "self", "href": "opds.xml", "type": acquisitionType]),
            .el("link", ["rel": "start", "href": "opds.xml", "type": acquisitionType]),
        ]
        for edition in catalog.editions {
            guard let latest = edition.versions.first else { continue }
            children.append(entry(edition, latest))
        }
        return XMLSerializer.serialize(XMLDocument(root: .el("feed", [
            "xmlns": "http://www.w3.org/2005/Atom", "xmlns:dc": "http://purl.org/dc/terms/",
            "xmlns:opds": "http://opds-spec.org/2010/catalog",
        ], children)))
    }

    static func entry(_ edition: Catalog.Edition, _ latest: Catalog.Version) -> XMLNode {
        let metadata = latest.metadata
        var children: [XMLNode] = [
            .el("title", text: edition.title),
            .el("id", text: edition.identifier),
            .el("updated", text: latest.date),
        ]
        children += metadata.creators.map { .el("author", [:], [.el("name", text: $0.name)]) }
        children.append(.el("dc:language", text: metadata.language))
        if let date = metadata.date { children.append(.el("dc:issued", text: date)) }
        if let publisher = metadata.publisher { children.append(.el("dc:publisher", text: publisher)) }
        if let rights = metadata.rights { children.append(.el("rights", text: rights)) }
        if let description = metadata.description { children.append(.el("summary", text: description)) }
        children.append(.el("content", ["type": "text"], text: "Version \(latest.version)."))
        for file in latest.files where ["application/epub+zip", "application/gzip", "application/zip"].contains(file.mediaType) {
            children.append(.el("link", ["rel": "http://opds-spec.org/acquisition", "href": file.path, "type": file.mediaType]))
        }
        return .el("entry", [:], children)
    }
}

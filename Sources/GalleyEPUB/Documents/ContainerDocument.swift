import GalleyXML
/// `META-INF/container.xml`: points reading systems at the package document.
enum ContainerDocument {
    static let path = "META-INF/container.xml"

    static func make() -> XMLDocument {
        XMLDocument(root: .el("container", ["version": "1.0", "xmlns": "urn:oasis:names:tc:opendocument:xmlns:container"], [
            .el("rootfiles", [:], [
                .el("rootfile", ["full-path": EPUBLayout.packagePath, "media-type": "application/oebps-package+xml"]),
            ]),
        ]))
    }
}

import GalleyModel

/// MD005: the manifest says one thing and the text another.
public struct ManifestContradictsText: EditionRule {
    public static let id: RuleID = "MD005"
    public static let defaultSeverity = Severity.warning
    public static let summary = "edition.yaml contradicts what the text says"
    public static let documentation = """
        The manifest wins when metadata is built, but a disagreement usually means one of them is \
        wrong. Reported when an edition of one text gives a `title` other than the text's title line, \
        or a `date` other than its dateline's date (`date: 1962-10-27` for a text dated `Moscow, \
        October 26, 1962`).
        """
    public init() {}

    public func check(_ edition: Edition) -> [Diagnostic] {
        let manifest = edition.manifest
        let texts = edition.documents.filter(\.isText)
        guard let path = manifest.path, texts.count == 1, let document = texts.first else { return [] }
        var result: [Diagnostic] = []
        if let declared = manifest.title, let title = document.header.title?.text, declared != title {
            result.append(diagnostic(path, manifest.keyRanges["title"],
                                     "`title` is \"\(declared)\", but the text's title line is \"\(title)\"",
                                     hint: "make them agree, or leave `title` out to use the text's"))
        }
        if let declared = manifest.date, let date = document.header.dateline?.date?.description,
           !date.hasPrefix(declared) {
            result.append(diagnostic(path, manifest.keyRanges["date"],
                                     "`date` is \(declared), but the text's dateline says \(date)",
                                     hint: "make them agree, or leave `date` out to use the dateline's"))
        }
        return result
    }
}

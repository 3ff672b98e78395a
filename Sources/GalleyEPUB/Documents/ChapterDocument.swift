import GalleyXML
import GalleyModel

/// One source text as an XHTML content document: its title as heading, the
/// citation, the dateline, the source note, the body with the embedded text
/// as a quoted letter, the signature, and the notes as EPUB 3 footnotes.
/// The web trailer is not content and is left out.
///
/// Everything comes from the ``Document`` model; the text is not read again.
struct ChapterDocument {
    let document: Document
    let language: String
    /// Used as the heading when the text has no title line.
    let fallbackTitle: String

    var title: String { document.header.title?.text ?? fallbackTitle }

    func make() -> XMLDocument {
        var notes = NoteLinks(document: document)
        var section: [XMLNode] = [.el("h1", ["id": "title"], text: title)]
        let header = document.header
        if let citation = header.citation {
            section.append(.el("p", ["class": "citation"], [.el("span", ["class": "label"], text: "Source:"), .text(" " + citation.text)]))
        }
        if let dateline = header.dateline {
            section.append(.el("p", ["class": "dateline"], text: dateline.text))
        }
        if let note = header.sourceNote {
            section.append(.el("div", ["class": "source-note", "role": "note", "aria-label": "Source note"], [
                .el("p", [:], notes.render(note.content)),
            ]))
        }
        section += body(&notes)
        let asides = document.footnoteBodies.filter { notes.isFirstBody($0) }.map { notes.aside(for: $0) }
        if !asides.isEmpty {
            section.append(.el("section", ["class": "notes", "aria-labelledby": "notes-title"],
                               [.el("h2", ["id": "notes-title"], text: "Notes")] + asides))
        }
        return XHTMLPage.document(title: title, language: language, body: [
            .el("section", ["epub:type": "chapter", "role": "doc-chapter", "aria-labelledby": "title"], section),
        ])
    }

    /// The body blocks; those between `Begin text.` and `End text.` go into
    /// a blockquote, the quoted letter.
    func body(_ notes: inout NoteLinks) -> [XMLNode] {
        var output: [XMLNode] = []
        var quoted: [XMLNode]?
        func emit(_ node: XMLNode) {
            if quoted != nil { quoted!.append(node) } else { output.append(node) }
        }
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph):
                emit(.el("p", [:], notes.render(paragraph.content)))
            case .signature(let signature):
                var lines: [XMLNode] = [.el("span", ["class": "signed"], text: "/s/"), .text(" " + signature.name)]
                for line in signature.additionalLines { lines += [.el("br"), .text(line.text)] }
                emit(.el("p", ["class": "signature"], lines))
            case .embeddedTextMarker(let marker):
                switch marker.kind {
                case .begin:
                    if let open = quoted { output.append(blockquote(open)) }
                    quoted = []
                case .end:
                    if let open = quoted { output.append(blockquote(open)) }
                    quoted = nil
                }
            case .footnoteBody:
                break
            }
        }
        if let open = quoted { output.append(blockquote(open)) }
        return output
    }

    func blockquote(_ children: [XMLNode]) -> XMLNode {
        .el("blockquote", ["class": "embedded-text"], children.isEmpty ? [.el("p", [:], text: "")] : children)
    }
}

/// The ids that tie footnote references and notes together in one chapter:
/// the note for `/n/` is `note-n`; its references are `ref-n`, `ref-n-2`, ….
struct NoteLinks {
    private var referenceCount: [Int: Int] = [:]
    private var firstBodyLine: [Int: Int] = [:]

    init(document: Document) {
        for body in document.footnoteBodies where firstBodyLine[body.number] == nil {
            firstBodyLine[body.number] = body.range.start.line
        }
    }

    func isFirstBody(_ body: FootnoteBody) -> Bool { firstBodyLine[body.number] == body.range.start.line }

    mutating func render(_ content: [Inline]) -> [XMLNode] {
        var nodes: [XMLNode] = []
        var pending = ""
        for inline in content {
            switch inline {
            case .text(let span): pending += span.text
            case .lineBreak: pending += " "
            case .footnoteReference(let reference):
                if !pending.isEmpty { nodes.append(.text(pending)); pending = "" }
                nodes.append(link(to: reference))
            }
        }
        if !pending.isEmpty { nodes.append(.text(pending)) }
        return nodes
    }

    mutating func link(to reference: FootnoteReference) -> XMLNode {
        let count = (referenceCount[reference.number] ?? 0) + 1
        referenceCount[reference.number] = count
        let id = "ref-\(reference.number)" + (count > 1 ? "-\(count)" : "")
        return .el("a", [
            "epub:type": "noteref", "role": "doc-noteref", "class": "noteref", "id": id, "href": "#note-\(reference.number)",
        ], text: String(reference.number))
    }

    /// The note, with a link back to its first reference as its first child.
    mutating func aside(for body: FootnoteBody) -> XMLNode {
        let back: XMLNode = .el("a", ["role": "doc-backlink", "class": "backlink", "href": "#ref-\(body.number)"],
                                text: "\(body.number).")
        return .el("aside", ["epub:type": "footnote", "role": "doc-footnote", "class": "footnote", "id": "note-\(body.number)"], [
            .el("p", [:], [back, .text(" ")] + render(body.content)),
        ])
    }
}

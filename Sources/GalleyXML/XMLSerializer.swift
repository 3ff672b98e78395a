/// Serialises an ``XMLDocument`` to UTF-8 bytes.
///
/// Escaping lives here and nowhere else: `&`, `<` and `>` in text (so a
/// literal `]]>` stays text), and `"` as well in attribute values.
/// Characters XML 1.0 forbids (C0 controls other than tab, LF and CR, and
/// the non-characters U+FFFE and U+FFFF) become U+FFFD, so the output is
/// always well-formed. Elements whose children are all elements are indented
/// one per line; mixed content is written as it is, so no whitespace is
/// added inside a paragraph. The work is done on UTF-8 bytes: a book's
/// worth of text is escaped in one pass without building strings.
public enum XMLSerializer {
    public static func serialize(_ document: XMLDocument) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        output += Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8)
        if let doctype = document.doctype { output += Array("<!DOCTYPE \(doctype)>\n".utf8) }
        write(document.root, indent: 0, pretty: true, into: &output)
        output.append(0x0A)
        return output
    }

    static func write(_ node: XMLNode, indent: Int, pretty: Bool, into output: inout [UInt8]) {
        switch node {
        case .text(let text):
            escape(text, quotes: false, into: &output)
        case .element(let element):
            output.append(0x3C)
            output += element.name.utf8
            for attribute in element.attributes {
                output.append(0x20)
                output += attribute.name.utf8
                output += [0x3D, 0x22]
                escape(attribute.value, quotes: true, into: &output)
                output.append(0x22)
            }
            guard !element.children.isEmpty else {
                output += [0x2F, 0x3E]
                return
            }
            output.append(0x3E)
            let childrenArePretty = pretty && element.children.allSatisfy { if case .element = $0 { true } else { false } }
            for child in element.children {
                if childrenArePretty { newline(indent + 1, into: &output) }
                write(child, indent: indent + 1, pretty: childrenArePretty, into: &output)
            }
            if childrenArePretty { newline(indent, into: &output) }
            output += [0x3C, 0x2F]
            output += element.name.utf8
            output.append(0x3E)
        }
    }

    static func newline(_ indent: Int, into output: inout [UInt8]) {
        output.append(0x0A)
        output += repeatElement(0x20, count: indent * 2)
    }

    /// The escaped form of `text`, for callers that need a string.
    public static func escape(_ text: String, quotes: Bool) -> String {
        var bytes: [UInt8] = []
        escape(text, quotes: quotes, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func escape(_ text: String, quotes: Bool, into output: inout [UInt8]) {
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        var utf8 = text.utf8.makeIterator()
        var pending: [UInt8] = []
        while let byte = utf8.next() {
            switch byte {
            case 0x26: output += Array("&amp;".utf8)
            case 0x3C: output += Array("&lt;".utf8)
            case 0x3E: output += Array("&gt;".utf8)
            case 0x22 where quotes: output += Array("&quot;".utf8)
            case 0x09, 0x0A, 0x0D: output.append(byte)
            case 0x00..<0x20: output += replacement
            case 0xEF:
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                pending = [byte]
                if let second = utf8.next() { pending.append(second) }
                if let third = pending.count == 2 ? utf8.next() : nil { pending.append(third) }
                if pending.count == 3, pending[1] == 0xBF, pending[2] == 0xBE || pending[2] == 0xBF {
                    output += replacement
                } else {
                    output += pending
                }
            default: output.append(byte)
            }
        }
    }
}

/// Serialises an ``XMLDocument`` to UTF-8 bytes.
///
/// Escaping lives here and nowhere else: `&`, `<` and `>` in text (so a
/// literal `]]>` stays text), and `"` as well in attribute values.
/// Characters XML 1.0 forbids (C0 controls other than tab, LF and CR, and
/// the non-characters U+FFFE and U+FFFF) become U+FFFD, so the output is
/// always well-formed. Elements whose children are all elements are indented
/// one per line; mixed content is written as it is, so no whitespace is
/// added inside a paragraph.
public enum XMLSerializer {
    public static func serialize(_ document: XMLDocument) -> [UInt8] {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        if let doctype = document.doctype { output += "<!DOCTYPE \(doctype)>\n" }
        write(document.root, indent: 0, pretty: true, into: &output)
        output += "\n"
        return Array(output.utf8)
    }

    static func write(_ node: XMLNode, indent: Int, pretty: Bool, into output: inout String) {
        switch node {
        case .text(let text):
            output += escape(text, quotes: false)
        case .element(let element):
            output += "<" + element.name
            for attribute in element.attributes {
                output += " \(attribute.name)=\"\(escape(attribute.value, quotes: true))\""
            }
            guard !element.children.isEmpty else {
                output += "/>"
                return
            }
            output += ">"
            let childrenArePretty = pretty && element.children.allSatisfy { if case .element = $0 { true } else { false } }
            for child in element.children {
                if childrenArePretty { output += "\n" + String(repeating: "  ", count: indent + 1) }
                write(child, indent: indent + 1, pretty: childrenArePretty, into: &output)
            }
            if childrenArePretty { output += "\n" + String(repeating: "  ", count: indent) }
            output += "</\(element.name)>"
        }
    }

    public static func escape(_ text: String, quotes: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}

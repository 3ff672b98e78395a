import CLibXML2
import GalleyModel

/// Parses XML with libxml2 and returns every well-formedness error with its
/// line and column; an empty list means the bytes are well-formed XML.
///
/// Each parse has its own parser context and its own structured error
/// handler, reached through the context's `_private` pointer, so nothing is
/// printed to stderr and parses may run in parallel. No network access and
/// no external entities are loaded.
public enum XMLChecker {
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public let line: Int
        public let column: Int
        public let message: String
        public var description: String { "\(line):\(column): \(message)" }
    }

    public static func problems(in bytes: [UInt8], name: String = "document.xml") -> [Problem] {
        parse(bytes, name: name, keep: { _ in }) 
    }

    /// Well-formedness problems and every element with the attributes the
    /// verify rules look at.
    public static func facts(in bytes: [UInt8], name: String) -> XMLFacts {
        var elements: [XMLFacts.Element] = []
        let problems = parse(bytes, name: name) { document in
            var node = xmlDocGetRootElement(document)
            walk(&node, into: &elements)
        }
        return XMLFacts(problems: problems.map { XMLFacts.Problem(line: $0.line, column: $0.column, message: $0.message) },
                        elements: problems.isEmpty ? elements : [])
    }

    static let collectedAttributes = ["id", "href", "full-path", "media-type", "src", "properties", "idref"]

    static func walk(_ start: inout xmlNodePtr?, into elements: inout [XMLFacts.Element]) {
        var node = start
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE {
                let name = String(cString: current.pointee.name)
                var attributes: [String: String] = [:]
                for attribute in collectedAttributes {
                    if let value = xmlGetProp(current, attribute) {
                        attributes[attribute] = String(cString: value)
                        galley_xmlFree(value)
                    }
                }
                elements.append(XMLFacts.Element(name: name, line: Int(xmlGetLineNo(current)), attributes: attributes))
                var child = current.pointee.children
                walk(&child, into: &elements)
            }
            node = current.pointee.next
        }
    }

    static func parse(_ bytes: [UInt8], name: String, keep: (xmlDocPtr) -> Void) -> [Problem] {
        guard !bytes.isEmpty else { return [Problem(line: 1, column: 1, message: "the document is empty")] }
        guard let context = xmlNewParserCtxt() else {
            return [Problem(line: 0, column: 0, message: "libxml2 could not create a parser")]
        }
        defer { xmlFreeParserCtxt(context) }
        let collector = Collector()
        let unmanaged = Unmanaged.passRetained(collector)
        defer { unmanaged.release() }
        context.pointee._private = unmanaged.toOpaque()
        context.pointee.sax.pointee.serror = { userData, error in
            guard let userData, let error else { return }
            let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let pointer = context.pointee._private else { return }
            let collector = Unmanaged<Collector>.fromOpaque(pointer).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
            collector.problems.append(Problem(
                line: Int(error.pointee.line), column: Int(error.pointee.int2),
                message: message.trimmingTrailingNewlines))
        }
        let options = Int32(XML_PARSE_NONET.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { base in
                xmlCtxtReadMemory(context, base, Int32(buffer.count), name, "UTF-8", options)
            }
        }
        if let document {
            if collector.problems.isEmpty { keep(document) }
            xmlFreeDoc(document)
        }
        if document == nil, collector.problems.isEmpty {
            collector.problems.append(Problem(line: 0, column: 0, message: "libxml2 could not parse the document"))
        }
        if context.pointee.wellFormed == 0, collector.problems.isEmpty {
            collector.problems.append(Problem(line: 0, column: 0, message: "not well-formed"))
        }
        return collector.problems
    }

    private final class Collector {
        var problems: [Problem] = []
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var result = self
        while result.hasSuffix("\n") { result.removeLast() }
        return result
    }
}

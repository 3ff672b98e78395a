/// A node of an XML tree. Every XML file Galley writes is built as a tree
/// of these and serialised once by ``XMLSerializer``, which is the only
/// place that escapes text.
public enum XMLNode: Sendable, Hashable {
    case element(XMLElement)
    case text(String)

    /// An element with ordered attributes and children.
    public static func el(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ children: [XMLNode] = []) -> XMLNode {
        .element(XMLElement(name: name, attributes: attributes.map { XMLAttribute(name: $0.key, value: $0.value) }, children: children))
    }

    /// An element holding only text.
    public static func el(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) -> XMLNode {
        el(name, attributes, [.text(text)])
    }
}

public struct XMLAttribute: Sendable, Hashable {
    public let name: String
    public let value: String
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

public struct XMLElement: Sendable, Hashable {
    public let name: String
    public var attributes: [XMLAttribute]
    public var children: [XMLNode]

    public init(name: String, attributes: [XMLAttribute] = [], children: [XMLNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }
}

/// A whole XML file: an optional document type declaration and a root element.
public struct XMLDocument: Sendable {
    public let doctype: String?
    public let root: XMLNode

    public init(doctype: String? = nil, root: XMLNode) {
        self.doctype = doctype
        self.root = root
    }
}

import CLibXML2
import Foundation

/// One element or text of an HTML page, copied out of libxml2's tree so the rest of the importer
/// works on plain Swift values whatever the markup's generation.
final class HTMLNode {
    /// The element's lower-case name; empty for text.
    let name: String
    let attributes: [String: String]
    /// The text of a text node; empty for elements.
    let text: String
    private(set) var children: [HTMLNode] = []
    private(set) weak var parent: HTMLNode?

    init(name: String, attributes: [String: String] = [:], text: String = "") {
        self.name = name
        self.attributes = attributes
        self.text = text
    }

    var isElement: Bool { !name.isEmpty }
    var elements: [HTMLNode] { children.filter(\.isElement) }

    func append(_ child: HTMLNode) {
        child.parent = self
        children.append(child)
    }

    /// Every element below this one, in document order; walked with a stack, so deep markup cannot exhaust the call stack.
    var descendants: [HTMLNode] {
        var found: [HTMLNode] = []
        var pending = Array(elements.reversed())
        while let next = pending.popLast() {
            found.append(next)
            pending.append(contentsOf: next.elements.reversed())
        }
        return found
    }

    func descendants(named name: String) -> [HTMLNode] {
        descendants.filter { $0.name == name }
    }

    /// The text a reader sees, with runs of white space made one space.
    var visibleText: String {
        var parts: [String] = []
        collectText(into: &parts)
        return parts.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private func collectText(into parts: inout [String]) {
        if !isElement { parts.append(text); return }
        for child in children { child.collectText(into: &parts) }
    }

    /// Whether this element has at most `limit` elements below it, counted without walking a large subtree.
    func isSmall(limit: Int) -> Bool {
        var budget = limit
        return fits(&budget)
    }

    private func fits(_ budget: inout Int) -> Bool {
        for child in children where child.isElement {
            budget -= 1
            if budget < 0 || !child.fits(&budget) { return false }
        }
        return true
    }

    /// Whether `node` is this node or lies below it.
    func contains(_ node: HTMLNode) -> Bool {
        var current: HTMLNode? = node
        while let here = current {
            if here === self { return true }
            current = here.parent
        }
        return false
    }

    /// The ancestors from the parent up to the page's root.
    var ancestors: [HTMLNode] {
        var list: [HTMLNode] = []
        var current = parent
        while let here = current { list.append(here); current = here.parent }
        return list
    }
}

/// Parses a page with libxml2's HTML parser, which reads real-world markup as browsers do.
enum HTMLParser {
    /// Names whose content is not page text.
    private static let skipped: Set<String> = ["script", "style", "noscript", "template"]

    /// The page's root element; nil when libxml2 finds no document at all.
    static func parse(_ data: Data) -> HTMLNode? {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        let document = data.withUnsafeBytes { bytes -> htmlDocPtr? in
            guard let base = bytes.baseAddress else { return nil }
            return htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil, "UTF-8", options)
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        let root = HTMLNode(name: "#document")
        var child = document.pointee.children
        while let node = child {
            copy(node, into: root)
            child = node.pointee.next
        }
        return root
    }

    private static func copy(_ node: xmlNodePtr, into parent: HTMLNode) {
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            let name = String(cString: node.pointee.name).lowercased()
            guard !skipped.contains(name) else { return }
            let element = HTMLNode(name: name, attributes: attributes(of: node))
            parent.append(element)
            var child = node.pointee.children
            while let next = child {
                copy(next, into: element)
                child = next.pointee.next
            }
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return }
            parent.append(HTMLNode(name: "", text: String(cString: content)))
        default:
            return
        }
    }

    private static func attributes(of node: xmlNodePtr) -> [String: String] {
        var result: [String: String] = [:]
        var property = node.pointee.properties
        while let attribute = property {
            let name = String(cString: attribute.pointee.name).lowercased()
            var value = ""
            var part = attribute.pointee.children
            while let text = part {
                if let content = text.pointee.content { value += String(cString: content) }
                part = text.pointee.next
            }
            result[name] = value
            property = attribute.pointee.next
        }
        return result
    }
}

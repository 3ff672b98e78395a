import Foundation
import GalleyArchive
import GalleyModel

/// Reads what `galley verify` is given into ``PackageContents``: an EPUB, a
/// bag (folder, tar.gz or zip) or a release folder. Archives are read in
/// memory with libarchive; nothing is extracted to the file system.
public enum PackageReader {
    static let xmlSuffixes = [".xml", ".opf", ".xhtml", ".ncx", ".html"]

    public static func read(_ path: String) -> PackageContents {
        switch FileAccess.kind(of: path) {
        case .directory:
            let isRelease = FileAccess.kind(of: FileAccess.join(path, EditionLoader.checksumListName)) == .file
                && FileAccess.kind(of: FileAccess.join(path, "data")) == .missing
            return readFolder(path, kind: isRelease ? .release : .bag)
        default:
            guard case .success(let bytes) = FileAccess.read(path) else {
                return failed(path, kind: kindOfFile(path), "the file cannot be read")
            }
            return kindOfFile(path) == .epub ? readEPUB(bytes, path: path) : readBagArchive(bytes, path: path)
        }
    }

    static func kindOfFile(_ path: String) -> PackageContents.Kind { path.hasSuffix(".epub") ? .epub : .bag }

    /// Reads bytes that claim to be an EPUB or a bag archive (`name` decides which).
    public static func read(bytes: [UInt8], name: String) -> PackageContents {
        kindOfFile(name) == .epub ? readEPUB(bytes, path: name) : readBagArchive(bytes, path: name)
    }

    static func failed(_ path: String, kind: PackageContents.Kind, _ reason: String) -> PackageContents {
        PackageContents(path: path, kind: kind, files: [:], order: [], readFailure: reason, firstEntry: nil, xml: [:])
    }

    // MARK: - EPUB

    static func readEPUB(_ bytes: [UInt8], path: String) -> PackageContents {
        let entries: [ArchiveReader.Entry]
        do {
            entries = try ArchiveReader.read(bytes)
        } catch {
            return failed(path, kind: .epub, "\(error)")
        }
        var files: [String: [UInt8]] = [:]
        for entry in entries where entry.kind == .file { files[entry.path] = entry.bytes }
        let xml = xmlFacts(files)
        return PackageContents(path: path, kind: .epub, files: files, order: entries.map(\.path), readFailure: nil,
                               firstEntry: firstLocalHeader(bytes), xml: xml)
    }

    /// The first local file header, read straight from the bytes: libarchive
    /// does not report extra fields, and EPUB forbids one on `mimetype`.
    static func firstLocalHeader(_ bytes: [UInt8]) -> ZipEntryHeader? {
        guard bytes.count >= 30, bytes[0] == 0x50, bytes[1] == 0x4B, bytes[2] == 0x03, bytes[3] == 0x04 else { return nil }
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        let nameLength = u16(26)
        guard bytes.count >= 30 + nameLength else { return nil }
        return ZipEntryHeader(name: String(decoding: bytes[30..<(30 + nameLength)], as: UTF8.self),
                              method: UInt16(u16(8)), flags: UInt16(u16(6)), extraFieldLength: u16(28))
    }

    // MARK: - Bags

    static func readBagArchive(_ bytes: [UInt8], path: String) -> PackageContents {
        let entries: [ArchiveReader.Entry]
        do {
            entries = try ArchiveReader.read(bytes)
        } catch {
            return failed(path, kind: .bag, "\(error)")
        }
        let tops = Set(entries.map { String($0.path.split(separator: "/").first ?? "") })
        guard tops.count == 1, let top = tops.first else {
            return failed(path, kind: .bag, "a bag archive must hold exactly one top folder (found \(tops.count))")
        }
        var files: [String: [UInt8]] = [:]
        var order: [String] = []
        for entry in entries where entry.kind == .file {
            guard entry.path.hasPrefix(top + "/") else {
                return failed(path, kind: .bag, "\"\(entry.path)\" is a file beside the bag's top folder")
            }
            let relative = String(entry.path.dropFirst(top.count + 1))
            files[relative] = entry.bytes
            order.append(relative)
        }
        return PackageContents(path: path, kind: .bag, files: files, order: order, readFailure: nil, firstEntry: nil, xml: [:],
                               sha256: files.mapValues(Digests.sha256), sha512: files.mapValues(Digests.sha512))
    }

    static func readFolder(_ path: String, kind: PackageContents.Kind) -> PackageContents {
        var names: [String] = []
        do {
            try collect(path, relative: "", into: &names)
        } catch {
            return failed(path, kind: kind, "\(error)")
        }
        var files: [String: [UInt8]] = [:]
        for name in names {
            let full = FileAccess.join(path, name)
            if FileAccess.isSymbolicLink(full) { return failed(path, kind: kind, "\"\(name)\" is a symbolic link, which a bag may not hold") }
            guard case .success(let bytes) = FileAccess.read(full) else { return failed(path, kind: kind, "\"\(name)\" cannot be read") }
            files[name] = bytes
        }
        return PackageContents(path: path, kind: kind, files: files, order: names, readFailure: nil, firstEntry: nil, xml: [:],
                               sha256: files.mapValues(Digests.sha256), sha512: files.mapValues(Digests.sha512))
    }

    /// Every file below a folder, hidden ones included: a bag must account for all.
    static func collect(_ root: String, relative: String, into names: inout [String]) throws {
        let folder = FileAccess.join(root, relative)
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            throw GalleyError(step: "verify", path: folder, problem: "cannot list it")
        }
        for name in entries {
            let path = relative.isEmpty ? name : relative + "/" + name
            if FileAccess.kind(of: FileAccess.join(root, path)) == .directory, !FileAccess.isSymbolicLink(FileAccess.join(root, path)) {
                try collect(root, relative: path, into: &names)
            } else {
                names.append(path)
            }
        }
    }

    static func xmlFacts(_ files: [String: [UInt8]]) -> [String: XMLFacts] {
        var result: [String: XMLFacts] = [:]
        for (name, bytes) in files where xmlSuffixes.contains(where: { name.hasSuffix($0) }) {
            result[name] = XMLChecker.facts(in: bytes, name: name)
        }
        return result
    }
}

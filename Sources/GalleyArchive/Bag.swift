import Crypto
import GalleyModel

/// A BagIt 1.0 bag (RFC 8493) as a list of files relative to its top folder:
/// `bagit.txt`, `bag-info.txt`, `manifest-sha256.txt`, `manifest-sha512.txt`,
/// `tagmanifest-sha256.txt` and the payload under `data/`.
public struct Bag: Sendable {
    /// Everything in the bag, path relative to the bag's top folder.
    public let files: [String: [UInt8]]

    public static let declaration = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    public static let payloadManifests = ["manifest-sha256.txt", "manifest-sha512.txt"]
    public static let tagManifest = "tagmanifest-sha256.txt"

    /// Builds a bag around a payload. `info` is written to `bag-info.txt` in
    /// the order given, after which Galley adds `Payload-Oxum`.
    public init(payload: [String: [UInt8]], info: [(String, String)]) {
        var files: [String: [UInt8]] = [:]
        for (path, bytes) in payload { files["data/" + path] = bytes }
        let payloadPaths = files.keys.sorted()
        let octets = payload.values.reduce(0) { $0 + $1.count }
        var infoText = ""
        for (label, value) in info + [("Payload-Oxum", "\(octets).\(payload.count)")] {
            infoText += "\(label): \(Self.singleLine(value))\n"
        }
        files["bagit.txt"] = Array(Self.declaration.utf8)
        files["bag-info.txt"] = Array(infoText.utf8)
        files["manifest-sha256.txt"] = Self.manifest(payloadPaths, files, digest: Digests.sha256)
        files["manifest-sha512.txt"] = Self.manifest(payloadPaths, files, digest: Digests.sha512)
        let tagPaths = ["bag-info.txt", "bagit.txt"] + Self.payloadManifests
        files[Self.tagManifest] = Self.manifest(tagPaths.sorted(), files, digest: Digests.sha256)
        self.files = files
    }

    /// The bag as archive entries under one top folder.
    public func entries(topFolder: String) -> [ArchiveEntry] {
        var folders = Set([topFolder])
        for path in files.keys {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(topFolder + "/" + parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        return folders.map { ArchiveEntry.folder($0) } + files.map { ArchiveEntry.file(topFolder + "/" + $0.key, $0.value) }
    }

    /// `<digest> <path>` lines, paths percent-encoded as RFC 8493 asks.
    static func manifest(_ paths: [String], _ files: [String: [UInt8]], digest: ([UInt8]) -> String) -> [UInt8] {
        Array(paths.map { "\(digest(files[$0]!)) \($0.percentEncodingLineBreaks)\n" }.joined().utf8)
    }

    static func singleLine(_ value: String) -> String {
        value.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

/// Hex digests, as manifests and `sha256sum` write them.
public enum Digests {
    public static func sha256(_ bytes: [UInt8]) -> String { hex(SHA256.hash(data: bytes)) }
    public static func sha512(_ bytes: [UInt8]) -> String { hex(SHA512.hash(data: bytes)) }

    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let table = Array("0123456789abcdef".utf8)
        var output: [UInt8] = []
        for byte in digest {
            output.append(table[Int(byte >> 4)])
            output.append(table[Int(byte & 0x0F)])
        }
        return String(decoding: output, as: UTF8.self)
    }
}

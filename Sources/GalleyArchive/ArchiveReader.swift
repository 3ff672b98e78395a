import CLibArchive

/// Reads a tar.gz or zip from memory with libarchive, without writing
/// anything to the file system, and refuses what a hostile archive could use
/// against whoever extracts it.
public enum ArchiveReader {
    /// Limits that keep a decompression bomb an error, not an out-of-memory.
    public struct Limits: Sendable {
        public var maximumEntries = 10_000
        public var maximumTotalBytes = 1 << 30
        /// Uncompressed bytes per compressed byte, over the whole archive.
        public var maximumExpansionRatio = 200
        public init() {}
    }

    public struct Entry: Sendable {
        public enum Kind: Sendable { case file, folder }
        public let path: String
        public let kind: Kind
        public let bytes: [UInt8]
    }

    public enum Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        case corrupt(String)
        case unsafePath(String)
        case unsupportedEntry(path: String, kind: String)
        case duplicate(String)
        case tooLarge(String)

        public var description: String {
            switch self {
            case .corrupt(let detail): "the archive is damaged: \(detail)"
            case .unsafePath(let path): "entry \"\(path)\" has an absolute path or a `..` component"
            case .unsupportedEntry(let path, let kind): "entry \"\(path)\" is a \(kind), which a bag may not hold"
            case .duplicate(let path): "entry \"\(path)\" appears twice"
            case .tooLarge(let detail): "the archive is too large to read safely: \(detail)"
            }
        }
    }

    public static func read(_ bytes: [UInt8], limits: Limits = Limits()) throws -> [Entry] {
        UTF8Names.pin()
        guard let archive = archive_read_new() else { throw Refusal.corrupt("libarchive could not start") }
        defer { archive_read_free(archive) }
        archive_read_support_filter_gzip(archive)
        archive_read_support_format_tar(archive)
        archive_read_support_format_zip(archive)
        var entries: [Entry] = []
        var seen = Set<String>()
        var total = 0
        try bytes.withUnsafeBytes { buffer in
            guard archive_read_open_memory(archive, buffer.baseAddress, buffer.count) == ARCHIVE_OK else {
                throw Refusal.corrupt(message(archive))
            }
            var entry: OpaquePointer?
            while true {
                let status = archive_read_next_header(archive, &entry)
                if status == ARCHIVE_EOF { break }
                guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else { throw Refusal.corrupt(message(archive)) }
                guard entries.count < limits.maximumEntries else { throw Refusal.tooLarge("more than \(limits.maximumEntries) entries") }
                // The UTF-8 name first: in the C locale libarchive cannot convert a
                // non-ASCII name and `archive_entry_pathname` returns nothing.
                let rawPath = (archive_entry_pathname_utf8(entry) ?? archive_entry_pathname(entry)).map { String(cString: $0) } ?? ""
                let path = rawPath.hasSuffix("/") ? String(rawPath.dropLast()) : rawPath
                let components = path.split(separator: "/", omittingEmptySubsequences: false)
                guard !path.isEmpty, !path.hasPrefix("/"), !components.contains(".."), !components.contains("") else {
                    throw Refusal.unsafePath(rawPath)
                }
                guard seen.insert(path).inserted else { throw Refusal.duplicate(path) }
                let type = archive_entry_filetype(entry)
                switch UInt32(type) {
                case galley_AE_IFDIR:
                    entries.append(Entry(path: path, kind: .folder, bytes: []))
                case galley_AE_IFREG:
                    if archive_entry_hardlink(entry) != nil { throw Refusal.unsupportedEntry(path: path, kind: "hard link") }
                    var data: [UInt8] = []
                    var chunk = [UInt8](repeating: 0, count: 65536)
                    while true {
                        let count = chunk.withUnsafeMutableBytes { archive_read_data(archive, $0.baseAddress, $0.count) }
                        if count == 0 { break }
                        guard count > 0 else { throw Refusal.corrupt(message(archive)) }
                        data += chunk[0..<count]
                        total += count
                        guard total <= limits.maximumTotalBytes else { throw Refusal.tooLarge("more than \(limits.maximumTotalBytes) bytes uncompressed") }
                        guard total <= max(bytes.count, 4096) * limits.maximumExpansionRatio else {
                            throw Refusal.tooLarge("it expands more than \(limits.maximumExpansionRatio) times")
                        }
                    }
                    entries.append(Entry(path: path, kind: .file, bytes: data))
                case galley_AE_IFLNK: throw Refusal.unsupportedEntry(path: path, kind: "symbolic link")
                case galley_AE_IFCHR, galley_AE_IFBLK: throw Refusal.unsupportedEntry(path: path, kind: "device file")
                case galley_AE_IFIFO: throw Refusal.unsupportedEntry(path: path, kind: "named pipe")
                default: throw Refusal.unsupportedEntry(path: path, kind: "special file")
                }
            }
        }
        return entries
    }

    static func message(_ archive: OpaquePointer) -> String {
        archive_error_string(archive).map { String(cString: $0) } ?? "unknown libarchive error"
    }
}

import CLibArchive
import Foundation

/// One entry of a distribution archive.
public struct ArchiveEntry: Sendable, Hashable {
    /// Relative path with `/` separators; a folder's path ends without `/`.
    public let path: String
    /// The file's bytes; `nil` for a folder.
    public let bytes: [UInt8]?

    public static func file(_ path: String, _ bytes: [UInt8]) -> ArchiveEntry { ArchiveEntry(path: path, bytes: bytes) }
    public static func folder(_ path: String) -> ArchiveEntry { ArchiveEntry(path: path, bytes: nil) }
}

/// The two serialisations of a bag.
public enum ArchiveFormat: String, Sendable, CaseIterable {
    case tarGzip = "tar.gz"
    case zip
}

/// Writes tar.gz and zip archives with libarchive, reproducibly: entries in
/// sorted order, one fixed modification time, owner and group 0 with no
/// names, fixed modes (0644 files, 0755 folders), pax-restricted tar with a
/// gzip stream that records no timestamp, and zip dates computed in UTC.
public enum ArchiveWriter {
    public static func write(_ entries: [ArchiveEntry], format: ArchiveFormat, modified: Int64, to path: String) throws {
        UTF8Names.pin()
        guard let archive = archive_write_new() else { throw ArchiveError.library("archive_write_new failed") }
        defer { archive_write_free(archive) }
        func check(_ status: Int32, _ step: String) throws {
            guard status == ARCHIVE_OK || status == ARCHIVE_WARN else {
                let message = archive_error_string(archive).map { String(cString: $0) } ?? "status \(status)"
                throw ArchiveError.library("\(step): \(message)")
            }
        }
        switch format {
        case .tarGzip:
            try check(archive_write_set_format_pax_restricted(archive), "tar format")
            try check(archive_write_add_filter_gzip(archive), "gzip filter")
            try check(archive_write_set_options(archive, "gzip:!timestamp"), "gzip options")
        case .zip:
            UTCTimeZone.pin()
            try check(archive_write_set_format_zip(archive), "zip format")
            try check(archive_write_zip_set_compression_deflate(archive), "zip compression")
        }
        try check(archive_write_open_filename(archive, path), "open \(path)")
        for item in entries.sorted(by: { $0.path < $1.path }) {
            guard let entry = archive_entry_new() else { throw ArchiveError.library("archive_entry_new failed") }
            defer { archive_entry_free(entry) }
            archive_entry_set_pathname_utf8(entry, item.path)
            archive_entry_set_mtime(entry, time_t(modified), 0)
            archive_entry_set_uid(entry, 0)
            archive_entry_set_gid(entry, 0)
            if let bytes = item.bytes {
                archive_entry_set_filetype(entry, galley_AE_IFREG)
                archive_entry_set_perm(entry, 0o644)
                archive_entry_set_size(entry, la_int64_t(bytes.count))
                try check(archive_write_header(archive, entry), "header of \(item.path)")
                let written = bytes.withUnsafeBytes { archive_write_data(archive, $0.baseAddress, $0.count) }
                guard written == bytes.count else { throw ArchiveError.library("could not write \(item.path)") }
            } else {
                archive_entry_set_filetype(entry, galley_AE_IFDIR)
                archive_entry_set_perm(entry, 0o755)
                archive_entry_set_size(entry, 0)
                try check(archive_write_header(archive, entry), "header of \(item.path)")
            }
        }
        try check(archive_write_close(archive), "close")
    }
}

/// libarchive converts entry names through the current locale; in the C
/// locale a non-ASCII name cannot be converted and comes back empty. Galley
/// reads and writes names as UTF-8, so it sets a UTF-8 character type once.
enum UTF8Names {
    private static let pinned: Bool = {
        if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "en_US.UTF-8") }
        return true
    }()

    static func pin() { _ = pinned }
}

/// libarchive's zip writer turns modification times into DOS dates with
/// `localtime()`, so the bytes would change with the machine's time zone.
/// Galley pins the process to UTC before the first zip is written.
enum UTCTimeZone {
    private static let pinned: Bool = {
        setenv("TZ", "UTC", 1)
        tzset()
        return true
    }()

    static func pin() { _ = pinned }
}

public enum ArchiveError: Error, CustomStringConvertible, Sendable {
    case library(String)
    public var description: String {
        switch self {
        case .library(let message): "libarchive: \(message)"
        }
    }
}

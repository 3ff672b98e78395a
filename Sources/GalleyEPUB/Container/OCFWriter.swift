import CZlib
import GalleyModel

/// Writes the EPUB's zip container (OCF) byte by byte.
///
/// EPUB asks more of a zip than general writers give: the `mimetype` entry
/// first, stored, with no extra field and no data descriptor. libarchive
/// 3.6.2 always adds both to that entry (epubcheck PKG-005), so this small
/// writer controls every header itself: sizes and CRC are known before each
/// local header is written, there are no extra fields, names are ASCII, and
/// every entry gets the same DOS timestamp from the build time in UTC, so the
/// same inputs give the same bytes on every machine and in every time zone.
struct OCFWriter {
    struct Entry {
        let name: String
        let bytes: [UInt8]
        /// Stored (no compression) rather than deflated.
        let stored: Bool
    }

    let timestamp: UTCTimestamp

    func write(_ entries: [Entry]) throws -> [UInt8] {
        var output: [UInt8] = []
        var central: [UInt8] = []
        let (time, date) = dosDateTime(timestamp)
        for entry in entries {
            let name = Array(entry.name.utf8)
            let crc = checksum(entry.bytes)
            let data = entry.stored ? entry.bytes : try deflate(entry.bytes)
            let method: UInt16 = entry.stored ? 0 : 8
            let offset = UInt32(output.count)

            // The fields a local header and its central directory record share,
            // from "version needed" to "extra field length" (none).
            var shared: [UInt8] = []
            shared.append(le16: 20)          // version needed to extract
            shared.append(le16: 0)           // flags: no data descriptor
            shared.append(le16: method)
            shared.append(le16: time)
            shared.append(le16: date)
            shared.append(le32: crc)
            shared.append(le32: UInt32(data.count))
            shared.append(le32: UInt32(entry.bytes.count))
            shared.append(le16: UInt16(name.count))
            shared.append(le16: 0)           // no extra field

            output.append(le32: 0x0403_4B50)
            output += shared + name + data

            central.append(le32: 0x0201_4B50)
            central.append(le16: 0x0314)     // made by: Unix, zip 2.0
            central += shared
            central.append(le16: 0)          // comment
            central.append(le16: 0)          // disk
            central.append(le16: 0)          // internal attributes
            central.append(le32: 0o100644 << 16) // regular file, rw-r--r--
            central.append(le32: offset)
            central += name
        }
        guard output.count + central.count < Int(UInt32.max), entries.count < Int(UInt16.max) else {
            throw OCFError.tooLarge
        }
        let centralOffset = UInt32(output.count)
        output += central
        output.append(le32: 0x0605_4B50)
        output.append(le16: 0)
        output.append(le16: 0)
        output.append(le16: UInt16(entries.count))
        output.append(le16: UInt16(entries.count))
        output.append(le32: UInt32(central.count))
        output.append(le32: centralOffset)
        output.append(le16: 0)
        return output
    }

    /// MS-DOS time and date; zip cannot say anything before 1980.
    func dosDateTime(_ timestamp: UTCTimestamp) -> (UInt16, UInt16) {
        let c = timestamp.components
        guard c.year >= 1980 else { return (0, UInt16(1 << 5 | 1)) }
        let year = min(c.year, 2107)
        let time = UInt16(c.hour << 11 | c.minute << 5 | c.second / 2)
        let date = UInt16((year - 1980) << 9 | c.month << 5 | c.day)
        return (time, date)
    }

    func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
    }

    /// Raw deflate (no zlib header) at zlib's default level 6: the same bytes
    /// for the same input, level and library version, at a third of the
    /// cost of level 9 for a few percent in size.
    func deflate(_ bytes: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        guard galley_deflateInit2(&stream, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) == Z_OK else {
            throw OCFError.compression("deflateInit2 failed")
        }
        defer { deflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 16)
        let status = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = uInt(outBuffer.count)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw OCFError.compression("deflate returned \(status)") }
        return Array(output.prefix(Int(stream.total_out)))
    }
}

enum OCFError: Error, CustomStringConvertible {
    case tooLarge
    case compression(String)

    var description: String {
        switch self {
        case .tooLarge: "the book is too large for a zip without ZIP64"
        case .compression(let detail): "compression failed: \(detail)"
        }
    }
}

extension Array where Element == UInt8 {
    mutating func append(le16 value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    mutating func append(le32 value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}

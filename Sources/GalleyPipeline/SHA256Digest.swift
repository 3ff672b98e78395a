import Crypto

/// Hex SHA-256 of bytes, as `sha256sum` prints it.
enum SHA256Digest {
    static func hex(_ bytes: [UInt8]) -> String {
        let table = Array("0123456789abcdef".utf8)
        var output = [UInt8]()
        output.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            output.append(table[Int(byte >> 4)])
            output.append(table[Int(byte & 0x0F)])
        }
        return String(decoding: output, as: UTF8.self)
    }
}

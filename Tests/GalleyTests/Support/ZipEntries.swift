import Foundation

/// Reads the entries of a zip written by Galley (stored or deflated, no
/// data descriptors), so tests can look inside a book without unzipping it
/// to disk. Deflated entries are inflated with the `python3` zlib module,
/// an independent implementation.
struct ZipEntries {
    struct Entry {
        let name: String
        let method: UInt16
        let localExtraLength: Int
        let flags: UInt16
        let data: Data
    }

    let entries: [Entry]

    init(_ bytes: Data) throws {
        let python = """
            import sys, zipfile, io, json, base64
            z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
            print(json.dumps([[i.filename, base64.b64encode(z.read(i)).decode()] for i in z.infolist()]))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", python]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(bytes)
        try input.fileHandleForWriting.close()
        let json = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let pairs = try JSONSerialization.jsonObject(with: json) as? [[String]] ?? []
        var contents: [String: Data] = [:]
        for pair in pairs { contents[pair[0]] = Data(base64Encoded: pair[1]) }

        // Walk the local headers ourselves to see exactly what was written.
        var result: [Entry] = []
        var offset = 0
        let raw = [UInt8](bytes)
        func u16(_ at: Int) -> UInt16 { UInt16(raw[at]) | UInt16(raw[at + 1]) << 8 }
        func u32(_ at: Int) -> UInt32 { UInt32(u16(at)) | UInt32(u16(at + 2)) << 16 }
        while offset + 30 <= raw.count, u32(offset) == 0x0403_4B50 {
            let flags = u16(offset + 6)
            let method = u16(offset + 8)
            let compressed = Int(u32(offset + 18))
            let nameLength = Int(u16(offset + 26))
            let extraLength = Int(u16(offset + 28))
            let name = String(decoding: raw[(offset + 30)..<(offset + 30 + nameLength)], as: UTF8.self)
            result.append(Entry(name: name, method: method, localExtraLength: extraLength, flags: flags, data: contents[name] ?? Data()))
            offset += 30 + nameLength + extraLength + compressed
        }
        entries = result
    }

    func text(_ name: String) -> String? {
        entries.first { $0.name == name }.map { String(decoding: $0.data, as: UTF8.self) }
    }
}

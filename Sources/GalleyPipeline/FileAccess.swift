import Foundation

/// The few file-system questions the pipeline asks, in one place.
enum FileAccess {
    enum Kind { case file, directory, other, missing }

    /// What is at `path`, following no symbolic link at the last component.
    static func kind(of path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK:
            // A link is followed only for the question "what does it point to".
            guard stat(path, &info) == 0 else { return .missing }
            return (info.st_mode & S_IFMT) == S_IFDIR ? .directory : ((info.st_mode & S_IFMT) == S_IFREG ? .file : .other)
        default: return .other
        }
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// The largest text Galley reads; a bigger file is reported, not read.
    static let maximumFileSize = 64 * 1024 * 1024

    /// The bytes of a file, or a short reason why they cannot be had.
    static func read(_ path: String) -> Result<[UInt8], ReadFailure> {
        // O_NONBLOCK: opening a named pipe must not wait for a writer; for a
        // regular file it changes nothing.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(ReadFailure(errno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(ReadFailure(errno: errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(ReadFailure(reason: "not a regular file")) }
        guard Int(info.st_size) <= maximumFileSize else {
            return .failure(ReadFailure(reason: "the file is \(info.st_size) bytes; Galley reads at most \(maximumFileSize)"))
        }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: 65536)) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(errno: errno))
            }
            if count == 0 { break }
            filled += count
            guard filled <= maximumFileSize else {
                return .failure(ReadFailure(reason: "the file grew past \(maximumFileSize) bytes while it was read"))
            }
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }

    struct ReadFailure: Error {
        let reason: String
        init(reason: String) { self.reason = reason }
        init(errno code: Int32) { reason = String(cString: strerror(code)) }
    }

    /// Names in a folder, sorted, without hidden entries.
    static func entries(of directory: String) throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: directory)
                .filter { !$0.hasPrefix(".") }
                .sorted()
        } catch {
            throw GalleyError(step: "read folder", path: directory, problem: "cannot list it (\(error.localizedDescription))")
        }
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory.isEmpty ? name : (directory.hasSuffix("/") ? directory + name : directory + "/" + name)
    }
}

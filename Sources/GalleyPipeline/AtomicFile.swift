import Foundation

/// Writes files so that they appear whole or not at all: the bytes go to a
/// temporary file in the same folder, are flushed to disk, and the file is
/// renamed over the target in one step.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String, step: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = FileAccess.join(folder, ".\(url.lastPathComponent).galley-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw GalleyError(step: step, path: path, problem: "cannot create a temporary file: \(String(cString: strerror(errno)))")
        }
        var failure: String?
        var written = 0
        while written < bytes.count, failure == nil {
            let count = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if count < 0, errno != EINTR { failure = "cannot write: \(String(cString: strerror(errno)))" }
            if count > 0 { written += count }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = "cannot flush to disk: \(String(cString: strerror(errno)))" }
        if close(descriptor) != 0, failure == nil { failure = "cannot close: \(String(cString: strerror(errno)))" }
        if failure == nil, rename(temporary, path) != 0 { failure = "cannot rename into place: \(String(cString: strerror(errno)))" }
        if let failure {
            unlink(temporary)
            throw GalleyError(step: step, path: path, problem: failure)
        }
    }
}

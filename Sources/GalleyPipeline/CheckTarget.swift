/// What a path on the command line stands for.
public enum CheckTarget: Hashable, Sendable {
    /// An edition folder.
    case edition(String)
    /// A single text, checked on its own.
    case text(String)

    public var path: String {
        switch self {
        case .edition(let path), .text(let path): path
        }
    }

    /// Resolves command-line paths to editions and texts, in a fixed order.
    ///
    /// A folder that holds `edition.yaml` or `.txt` files is an edition; any
    /// other folder is a folder of editions, and each of its subfolders is
    /// resolved the same way. A path that does not exist is a usage error.
    public static func resolve(_ paths: [String]) throws -> [CheckTarget] {
        var result: [CheckTarget] = []
        for raw in paths {
            let path = raw.count > 1 && raw.hasSuffix("/") ? String(raw.dropLast()) : raw
            switch FileAccess.kind(of: path) {
            case .missing:
                throw GalleyError(step: "check", path: raw, problem: "no such file or folder")
            case .file, .other:
                result.append(.text(path))
            case .directory:
                try collect(folder: path, depth: 0, into: &result)
            }
        }
        var seen = Set<CheckTarget>()
        return result.filter { seen.insert($0).inserted }
    }

    private static func collect(folder: String, depth: Int, into result: inout [CheckTarget]) throws {
        let names = try FileAccess.entries(of: folder)
        let isEdition = names.contains(EditionLoader.manifestName)
            || names.contains { $0.hasSuffix(EditionLoader.textExtension) && FileAccess.kind(of: FileAccess.join(folder, $0)) != .directory }
        let subfolders = names.filter { FileAccess.kind(of: FileAccess.join(folder, $0)) == .directory && !FileAccess.isSymbolicLink(FileAccess.join(folder, $0)) }
        if isEdition || subfolders.isEmpty || depth >= 4 {
            result.append(.edition(folder))
            return
        }
        for name in subfolders {
            try collect(folder: FileAccess.join(folder, name), depth: depth + 1, into: &result)
        }
    }
}

import Foundation

/// Where output goes and whether it may be coloured.
enum Terminal {
    /// Colour on a terminal only, and never when `NO_COLOR` is set to anything
    /// non-empty (https://no-color.org).
    static func wantsColor(_ choice: ColorChoice, fileDescriptor: Int32 = STDOUT_FILENO) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
            return isatty(fileDescriptor) == 1
        }
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

enum ColorChoice: String, CaseIterable {
    case auto, always, never
}

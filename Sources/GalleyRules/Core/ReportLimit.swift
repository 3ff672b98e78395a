import GalleyModel

/// Caps how many findings of one kind a rule reports per file, so that a
/// file full of bad bytes gives a readable report instead of a flood.
enum ReportLimit {
    static let perFile = 20

    /// The first ``perFile`` diagnostics, then one that counts the rest.
    static func capped(_ diagnostics: [Diagnostic], more: (Int) -> Diagnostic) -> [Diagnostic] {
        guard diagnostics.count > perFile else { return diagnostics }
        return Array(diagnostics.prefix(perFile)) + [more(diagnostics.count - perFile)]
    }
}

func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
}

func codePoint(_ scalar: Unicode.Scalar) -> String {
    let digits = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}

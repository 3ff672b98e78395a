import GalleyModel

/// The value formats `edition.yaml` accepts, checked when it is read.
enum ManifestValues {
    /// Semantic Versioning 2.0.0: `1.0.0`, `2.1.0-rc.1`, `1.0.0+build.5`.
    static func isSemanticVersion(_ text: String) -> Bool {
        let (core, _) = split(text, at: "+")
        let (version, prerelease) = split(core, at: "-")
        let numbers = version.split(separator: ".", omittingEmptySubsequences: false)
        guard numbers.count == 3, numbers.allSatisfy(isNumericIdentifier) else { return false }
        if let prerelease {
            let parts = prerelease.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isIdentifierCharacter) }) else { return false }
        }
        if let build = split(text, at: "+").1 {
            let parts = build.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isIdentifierCharacter) }) else { return false }
        }
        return true
    }

    /// A well-formed BCP 47 tag in its common shape: a 2–3 letter language,
    /// then subtags of 1–8 letters or digits (`en`, `en-US`, `ru-Latn`, `zh-Hant-TW`).
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count), language.allSatisfy(\.isASCIILetter) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit } }
    }

    /// An ISO 8601 calendar date of year, month or day precision that exists.
    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return false }
        guard parts.dropFirst().allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }) else { return false }
        let month = parts.count > 1 ? Int(parts[1])! : 1
        let day = parts.count > 2 ? Int(parts[2])! : 1
        return CalendarDate(year: year, month: month, day: day) != nil
    }

    /// MARC relator codes an edition is likely to need
    /// (https://id.loc.gov/vocabulary/relators).
    static let relatorCodes: Set<String> = [
        "abr", "adp", "ann", "ant", "arr", "aui", "aut", "bkp", "ccp", "cmm", "cmp", "com", "cre", "crp", "csl",
        "ctb", "cwt", "dpt", "dte", "dto", "edc", "edt", "fmo", "his", "ill", "ins", "itr", "ive", "ivr", "lbt",
        "mdc", "mrk", "nrt", "oth", "own", "pbd", "pbl", "prf", "prg", "prt", "pta", "rcp", "red", "res", "rev",
        "rpt", "scr", "sgn", "spk", "trc", "trl", "wam", "wit", "wpr", "wst",
    ]

    private static func split(_ text: String, at separator: Character) -> (String, String?) {
        guard let index = text.firstIndex(of: separator) else { return (text, nil) }
        return (String(text[..<index]), String(text[text.index(after: index)...]))
    }

    private static func isNumericIdentifier(_ part: Substring) -> Bool {
        !part.isEmpty && part.allSatisfy(\.isASCIIDigit) && (part == "0" || !part.hasPrefix("0"))
    }

    private static func isIdentifierCharacter(_ character: Character) -> Bool {
        character.isASCIILetter || character.isASCIIDigit || character == "-"
    }
}

extension Character {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}

import GalleyModel

/// EN001: bytes that are not valid UTF-8.
public struct InvalidUTF8: DocumentRule {
    public static let id: RuleID = "EN001"
    public static let defaultSeverity = Severity.error
    public static let summary = "invalid UTF-8 byte"
    public static let documentation = """
        Sources are UTF-8. Reported at each byte that is not part of a valid UTF-8 sequence (a \
        Latin-1 `é` saved as the single byte 0xE9, a truncated sequence, an overlong form), with the \
        line and column of the byte; checking goes on past it. The text is never repaired: convert \
        the file deliberately and re-seal the edition.
        """
    public static let runsOnNonText = true
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        let all = document.source.invalidBytes.map { bad in
            diagnostic(document.path, SourceRange(start: bad.location, end: bad.location),
                       "byte \(hex(bad.value)) is not valid UTF-8",
                       hint: "the file is probably in a legacy encoding (Latin-1, Windows-1252); convert it to UTF-8")
        }
        return ReportLimit.capped(all) { more in
            diagnostic(document.path, nil, "\(more) more invalid UTF-8 bytes in this file are not listed")
        }
    }
}

import GalleyModel

/// HD008: a `/s/` signature before any body text.
public struct SignatureBeforeBody: DocumentRule {
    public static let id: RuleID = "HD008"
    public static let defaultSeverity = Severity.error
    public static let summary = "signature comes before the body text"
    public static let documentation = """
        The signature `/s/ N. Khrushchev` closes the letter. Reported at a signature that stands \
        before the first paragraph of body text, which means the text was cut or reassembled in the \
        wrong order.
        """
    public init() {}

    public func check(_ document: Document, context: RuleContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for block in document.blocks {
            if case .paragraph = block { break }
            if case .signature(let signature) = block {
                result.append(diagnostic(document.path, signature.range,
                                         "the signature of \(signature.name) comes before any body text",
                                         hint: "the signature belongs after the text it signs"))
            }
        }
        return result
    }
}

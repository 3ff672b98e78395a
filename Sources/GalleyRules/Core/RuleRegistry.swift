import GalleyModel

/// Every rule Galley has, in one place.
///
/// A new rule is added here and nowhere else; the tests check that ids are
/// unique, that every rule type in `Sources/GalleyRules` is listed, and that
/// each has a fixture.
public enum RuleRegistry {
    public static let documentRules: [any DocumentRule.Type] = [
        // Footnotes
        FootnoteWithoutBody.self,
        FootnoteBodyWithoutReference.self,
        DuplicateFootnoteBody.self,
        FootnoteNumberingGap.self,
        FootnoteBodyBeforeReference.self,
        RepeatedFootnoteReference.self,
        UnusualFootnoteNumber.self,
        // Headers
        MissingTitle.self,
        MissingCitation.self,
        MissingDateline.self,
        UnparseableDateline.self,
        MissingSourceNote.self,
        UnclosedEmbeddedText.self,
        UnopenedEmbeddedText.self,
        SignatureBeforeBody.self,
        // Encoding
        InvalidUTF8.self,
        ByteOrderMark.self,
        ControlCharacter.self,
        MixedLineEndings.self,
        NotPlainText.self,
        UnreadableFile.self,
        // Layout
        WebTrailer.self,
        TruncatedText.self,
    ]

    public static let editionRules: [any EditionRule.Type] = [
        // Layout
        MissingClosingElements.self,
        // Checksums
        ChecksumMismatch.self,
        UnlistedFile.self,
        MissingListedFile.self,
        MalformedChecksumLine.self,
        UnsealedEdition.self,
        // Manifest
        InvalidManifest.self,
        UnknownManifestKey.self,
        InvalidRuleOverride.self,
        NoTexts.self,
        ManifestContradictsText.self,
        MissingVersion.self,
    ]

    public static let packageRules: [any PackageRule.Type] = [
        // EPUB
        EPUBUnreadable.self,
        MimetypeEntry.self,
        ContainerDocumentProblem.self,
        MissingManifestItem.self,
        MalformedXML.self,
        BrokenLink.self,
        // Archives and releases
        BagUnreadable.self,
        BagDeclaration.self,
        PayloadDigestMismatch.self,
        ManifestedFileMissing.self,
        UnmanifestedPayload.self,
        PayloadOxumMismatch.self,
        TagManifestMismatch.self,
        ReleaseChecksumMismatch.self,
        RebuildDiffers.self,
    ]

    public static let suppressionRules: [any SuppressionRule.Type] = [
        InvalidSuppression.self,
        UnusedSuppression.self,
    ]

    /// Every rule, sorted by id.
    public static let all: [RuleInfo] = {
        let document = documentRules.map { info($0, scope: "document") }
        let edition = editionRules.map { info($0, scope: "edition") }
        let package = packageRules.map { info($0, scope: "package") }
        let suppression = suppressionRules.map { info($0, scope: "suppression") }
        return (document + edition + package + suppression).sorted { $0.id < $1.id }
    }()

    public static func rule(_ id: RuleID) -> RuleInfo? { all.first { $0.id == id } }

    private static func info(_ rule: any Rule.Type, scope: String) -> RuleInfo {
        RuleInfo(id: rule.id, defaultSeverity: rule.defaultSeverity, summary: rule.summary,
                 documentation: rule.documentation, scope: scope)
    }
}

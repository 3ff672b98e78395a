import GalleyModel

/// EP001: an EPUB that cannot be read as a zip, or that holds unsafe entries.
public struct EPUBUnreadable: PackageRule {
    public static let id: RuleID = "EP001"
    public static let defaultSeverity = Severity.error
    public static let summary = "EPUB cannot be read safely"
    public static let documentation = """
        Reported once for an EPUB whose zip structure is damaged (truncated, a central directory that \
        lies) or that holds entries no book may: absolute paths, `..` components, links, device files, \
        duplicate names, or more data than its size can honestly expand to. Nothing else is checked then.
        """
    public init() {}

    public func check(_ package: PackageContents) -> [Diagnostic] {
        guard package.kind == .epub, let reason = package.readFailure else { return [] }
        return [diagnostic(package.path, nil, reason, hint: "rebuild the book; do not trust this file")]
    }
}

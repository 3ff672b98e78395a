import GalleyModel

/// Renders a report the way compilers do:
///
///     Editions/x/text.txt:17:42: error: [FN001] footnote /3/ has no body
///        17 | I have received your letter of October 25./3/ From your letter…
///           |                                           ^~~
///           = hint: add a paragraph starting /3/ after this one, or remove the marker
///
/// Colour is a choice of the caller (a TTY without `NO_COLOR`); the
/// messages themselves never carry escape codes.
public struct TextRenderer: Sendable {
    public var useColor: Bool
    /// How many columns of a long source line are shown around the caret.
    public var excerptWidth: Int

    public init(useColor: Bool, excerptWidth: Int = 100) {
        self.useColor = useColor
        self.excerptWidth = excerptWidth
    }

    public func render(_ report: CheckReport) -> String {
        var output = ""
        for finding in report.findings {
            output += render(finding)
        }
        output += summary(report) + "\n"
        return output
    }

    public func render(_ finding: Finding) -> String {
        let diagnostic = finding.diagnostic
        var location = diagnostic.file
        if let start = diagnostic.range?.start { location += ":\(start.line):\(start.column)" }
        var output = paint(location + ":", .bold) + " " + paint(diagnostic.severity.rawValue + ":", color(for: diagnostic.severity))
            + " " + paint("[\(diagnostic.rule)]", .bold) + " " + diagnostic.message + "\n"
        if let range = diagnostic.range, let line = finding.sourceLine {
            output += excerpt(line, range: range)
        }
        if let hint = diagnostic.hint {
            let gutter = String(repeating: " ", count: gutterWidth(diagnostic.range?.start.line))
            output += "\(gutter) = hint: \(hint)\n"
        }
        return output
    }

    /// `checked 4 files in 2 editions: 1 error, 2 warnings, 1 note`.
    public func summary(_ report: CheckReport) -> String {
        var counts: [Severity: Int] = [:]
        for severity in Severity.allCases { counts[severity] = report.count(severity) }
        return summary(files: report.files.count, editions: report.editions.count, counts: counts)
    }

    /// The summary from counts, for output that was printed as it came.
    public func summary(files: Int, editions: Int, counts: [Severity: Int]) -> String {
        let parts = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = counts[severity] ?? 0
            return count == 0 ? nil : "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        var scope = "checked \(plural(files, "file"))"
        if editions > 0 { scope += " in \(plural(editions, "edition"))" }
        let verdict = parts.isEmpty ? "no problems" : parts.joined(separator: ", ")
        let style: Style = (counts[.error] ?? 0) > 0 ? .red : ((counts[.warning] ?? 0) > 0 ? .yellow : .green)
        return scope + ": " + paint(verdict, style)
    }

    // MARK: - Source excerpt

    private func gutterWidth(_ line: Int?) -> Int { max(4, String(line ?? 0).count + 1) }

    private func excerpt(_ text: String, range: SourceRange) -> String {
        let scalars = Array(text.unicodeScalars).map(Self.visible)
        let caretIndex = min(max(range.start.column - 1, 0), scalars.count)
        let underline = range.end.line == range.start.line ? max(1, range.end.column - range.start.column) : 1
        var first = 0
        if scalars.count > excerptWidth { first = max(0, min(caretIndex - excerptWidth / 3, scalars.count - excerptWidth)) }
        let last = min(scalars.count, first + excerptWidth)
        var shown = String(String.UnicodeScalarView(scalars[first..<last]))
        var caretColumn = caretIndex - first
        if first > 0 { shown = "…" + shown; caretColumn += 1 }
        if last < scalars.count { shown += "…" }
        let width = gutterWidth(range.start.line)
        let number = String(range.start.line)
        let gutter = String(repeating: " ", count: width - number.count) + number
        let blank = String(repeating: " ", count: width)
        let marks = "^" + String(repeating: "~", count: max(0, min(underline, last - caretIndex + 1) - 1))
        return paint(gutter + " |", .blue) + " " + shown + "\n"
            + paint(blank + " |", .blue) + " " + String(repeating: " ", count: caretColumn) + paint(marks, .green) + "\n"
    }

    /// Shows a tab as a space and a control character as its visible
    /// symbol (NUL as ␀), one column each, so that a hostile line cannot
    /// drive the terminal and the caret stays aligned.
    static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09: " "
        case 0x00..<0x20: Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: "\u{2421}"
        case 0x80...0x9F: "\u{FFFD}"
        default: scalar
        }
    }

    // MARK: - Colour

    enum Style: String {
        case bold = "1", red = "1;31", yellow = "1;33", cyan = "1;36", green = "32", blue = "34"
    }

    private func color(for severity: Severity) -> Style {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .note: .cyan
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        useColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    private func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}

import Foundation
import GalleyModel

/// Splits a `Source:` citation into publisher, series, years, volume and
/// volume title, by the shape FRUS citations share:
/// `<publisher>, <series>, <years>, Volume <n>, <volume title>`.
public enum CitationParser {
    public static func parse(_ text: String) -> CitationParts {
        let parts = text.components(separatedBy: ", ").map(\.trimmingWhitespace).filter { !$0.isEmpty }
        let yearsIndex = parts.firstIndex(where: isYearRange)
        let volumeIndex = parts.firstIndex { $0.lowercased().hasPrefix("volume ") || $0.lowercased().hasPrefix("vol. ") }
        let leadEnd = [yearsIndex, volumeIndex].compactMap { $0 }.min() ?? parts.count
        let lead = Array(parts[..<leadEnd])
        let publisher = lead.count >= 2 ? lead[0] : nil
        let series = lead.count >= 2 ? lead.dropFirst().joined(separator: ", ") : lead.first
        let volume = volumeIndex.map { index in
            String(parts[index].drop { $0 != " " }.dropFirst()).trimmingWhitespace
        }
        let tailStart = ([yearsIndex, volumeIndex].compactMap { $0 }.max() ?? parts.count - 1) + 1
        let volumeTitle = tailStart < parts.count && leadEnd < parts.count ? parts[tailStart...].joined(separator: ", ") : nil
        return CitationParts(publisher: publisher, series: series, years: yearsIndex.map { parts[$0] },
                             volume: volume, volumeTitle: volumeTitle)
    }

    /// `1962`, `1961-1963`, `1961–1963`.
    static func isYearRange(_ text: String) -> Bool {
        let pieces = text.split(whereSeparator: { $0 == "-" || $0 == "\u{2013}" })
        return (1...2).contains(pieces.count) && pieces.allSatisfy { $0.count == 4 && $0.allSatisfy(\.isASCIIDigit) }
    }
}

import Crypto
import GalleyModel

/// Fingerprints that identify a finding across runs: the rule, the file and
/// the text of the line it points at (trimmed), plus its rank among findings
/// with the same three. An edit elsewhere in the file moves line numbers but
/// not fingerprints, so baselines and code-scanning de-duplication hold.
public enum Fingerprint {
    public static func compute(_ findings: [Finding]) -> [String] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            let diagnostic = finding.diagnostic
            let anchor = finding.sourceLine.map { $0.trimmingSpaces } ?? diagnostic.message
            let key = "\(diagnostic.rule.rawValue)\u{1F}\(diagnostic.file)\u{1F}\(anchor)"
            let rank = seen[key, default: 0]
            seen[key] = rank + 1
            let digest = SHA256.hash(data: Array("\(key)\u{1F}\(rank)".utf8))
            return digest.prefix(16).map { byte in
                let digits = Array("0123456789abcdef")
                return String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
            }.joined()
        }
    }
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last])
    }
}

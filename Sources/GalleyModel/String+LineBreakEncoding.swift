extension String {
    /// `%`, CR and LF percent-encoded (`%25`, `%0D`, `%0A`): how both BagIt
    /// manifests (RFC 8493 §2.1.3) and GitHub workflow commands keep a value
    /// on one line.
    public var percentEncodingLineBreaks: String {
        var result = ""
        for character in self {
            switch character {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            case "\r\n": result += "%0D%0A"
            default: result.append(character)
            }
        }
        return result
    }
}

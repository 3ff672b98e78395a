/// `EPUB/css/galley.css`: sober book typography.
enum Stylesheet {
    static let css = """
        /* Galley: sober book typography. */
        body { font-family: Georgia, "Times New Roman", serif; line-height: 1.5; margin: 0 auto; max-width: 34em; padding: 0 1em; }
        h1 { font-size: 1.4em; font-weight: normal; line-height: 1.3; margin: 2em 0 1em; text-align: center; }
        h2 { font-size: 1.1em; font-weight: normal; font-variant: small-caps; margin: 2em 0 0.5em; }
        p { margin: 0; text-indent: 1.5em; text-align: justify; }
        h1 + p, h2 + p, .citation, .dateline, .source-note p, blockquote p:first-child, .signature, .footnote p { text-indent: 0; }
        .citation { font-size: 0.85em; margin-bottom: 0.5em; }
        .citation .label { font-variant: small-caps; }
        .dateline { font-style: italic; text-align: right; margin: 0.5em 0 1em; }
        .source-note { font-size: 0.85em; margin: 0 0 1.5em; padding-left: 1em; border-left: 1px solid #999; }
        blockquote.embedded-text { margin: 1em 1.5em; }
        .signature { margin-top: 1em; text-align: right; }
        .signature .signed { font-size: 0.85em; }
        a.noteref { font-size: 0.7em; vertical-align: super; line-height: 0; text-decoration: none; }
        .notes { font-size: 0.85em; margin-top: 2em; border-top: 1px solid #999; }
        .footnote { margin: 0.5em 0; }
        .footnote a.backlink { text-decoration: none; }
        .titlepage { text-align: center; margin-top: 20%; }
        .titlepage p { text-indent: 0; text-align: center; margin: 0.5em 0; }
        .titlepage .title { font-size: 1.8em; }
        .colophon dt { font-variant: small-caps; margin-top: 0.75em; }
        .colophon dd { margin-left: 1em; }
        .colophon code { font-size: 0.8em; word-wrap: break-word; }

        """
}

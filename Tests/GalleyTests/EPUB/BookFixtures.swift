import Foundation

/// Editions written on the fly that stress the EPUB writer: many notes, a
/// note that refers to another, several documents, XML-special characters
/// and non-ASCII text.
enum BookFixtures {
    static func header(title: String, date: String = "Washington, March 3, 2026.") -> String {
        """
        \(title)

        Source: Galley test fixtures, Volume II, Stress

        \(date)

        //Source: Written for Galley's tests. It mentions <script>alert("x")</script>, AT&T, ]]> and -- to prove they stay text./1/


        """
    }

    /// Sixty notes, one note referring to the next, markup-like text, Cyrillic and accents.
    static let manyNotes: String = {
        var text = header(title: "Memorandum on <Markup> & “Quotes” — Дорогой товарищ, March 3, 2026")
        text += "/1/A note on the source note with <b>bold</b> & an ampersand.\n\n"
        text += "Begin text.\n\n"
        for number in 2...60 {
            // Note 3 is referred to only from inside note 2.
            let marker = number == 3 ? "" : "/\(number)/"
            text += "Paragraph \(number) cites a source.\(marker) Café, naïve, Ærø, Москва, 東京.\n\n"
            if number == 2 {
                text += "/2/The first body note, which refers on to the next./3/\n\n"
            } else {
                text += "/\(number)/Note \(number): \"quoted\" & <escaped> ]]> text.\n\n"
            }
        }
        text += "/s/ Ö. Ñandú\nEditor-in-Chief\n\nEnd text.\n"
        return text
    }()

    static func letter(_ number: Int) -> String {
        header(title: "Letter \(number) From the Editors to the Readers, March \(number), 2026", date: "Paris, March \(number), 2026, \(number):15 p.m.")
            + "/1/A source note footnote.\n\nDear Readers:\n\nLetter number \(number) says hello./2/\n\n/2/A second note.\n\n/s/ The Editors\n"
    }

    /// Writes both fixture editions into `folder` and returns their paths.
    static func write(into folder: TemporaryFolder) throws -> [String] {
        try folder.write("Books/many-notes/many-notes.txt", manyNotes)
        try folder.write("Books/many-notes/edition.yaml", """
            version: 2.0.0-rc.1
            language: en
            subtitle: Sixty notes & <one> that points to another
            collection: {name: Galley "Stress" Tests, position: 1}
            creators:
              - {name: Ö. Ñandú, role: edt, file-as: "Ñandú, Ö."}
            contributors:
              - {name: A. Translator, role: trl}
            publisher: Galley & Co.
            rights: Public domain
            subjects: [Testing, XML <escaping>]
            description: A book that stresses the writer with ]]> and -- in its metadata.

            """)
        for number in 1...3 {
            try folder.write("Books/three-letters/letter-\(number).txt", letter(number))
        }
        try folder.write("Books/three-letters/edition.yaml", "version: 1.0.0\ntitle: Three Letters\nlanguage: fr\n")
        return [folder.path + "/Books/many-notes", folder.path + "/Books/three-letters"]
    }
}

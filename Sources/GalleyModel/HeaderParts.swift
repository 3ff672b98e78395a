/// What a FRUS-style title says about the document:
/// `Telegram From the Embassy in the Soviet Union to the Department of State, October 26, 1962`.
public struct TitleParts: Sendable, Hashable {
    /// Lower-case: `telegram`, `letter`, `memorandum`, `memorandum of conversation`.
    public let documentType: String?
    /// `Embassy in the Soviet Union` (a leading "the" dropped).
    public let sender: String?
    public let recipient: String?
    public let date: CalendarDate?

    public init(documentType: String?, sender: String?, recipient: String?, date: CalendarDate?) {
        self.documentType = documentType
        self.sender = sender
        self.recipient = recipient
        self.date = date
    }
}

/// The parts of a `Source:` citation:
/// `U.S. Deparment of State, FOREIGN RELATIONS OF THE UNITED STATES, 1961-1963, Volume XI, Cuban Missile Crisis and Aftermath`.
public struct CitationParts: Sendable, Hashable {
    public let publisher: String?
    public let series: String?
    /// As written, `1961-1963`.
    public let years: String?
    /// The volume number as written, `XI`.
    public let volume: String?
    public let volumeTitle: String?

    public init(publisher: String?, series: String?, years: String?, volume: String?, volumeTitle: String?) {
        self.publisher = publisher
        self.series = series
        self.years = years
        self.volume = volume
        self.volumeTitle = volumeTitle
    }

    /// `1961–1963, Volume XI`, the way FRUS volumes are cited (with an en dash).
    public var volumeLabel: String? {
        let range = years.map { String($0.map { $0 == "-" ? "\u{2013}" : $0 }) }
        switch (range, volume) {
        case let (range?, volume?): return "\(range), Volume \(volume)"
        case let (nil, volume?): return "Volume \(volume)"
        case let (range?, nil): return range
        case (nil, nil): return nil
        }
    }
}

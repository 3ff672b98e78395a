import Foundation
import GalleyEnrich
import GalleyModel
import GalleyPipeline
import Testing

/// What enrichment says of the seed: from the text, merged with its manifest.
@Suite struct SeedMetadataTests {
    let metadata: EditionMetadata

    init() throws {
        metadata = try InfoRun.metadata(folder: TestPaths.editions.appendingPathComponent("khrushchev-to-kennedy-1962-10-26").path,
                                        environment: ["SOURCE_DATE_EPOCH": "1700000000"])
    }

    @Test func documentFacts() throws {
        let document = try #require(metadata.documents.first)
        #expect(document.date == "1962-10-26")
        #expect(document.time == "19:00")
        #expect(document.dateTime == "1962-10-26T19:00")
        #expect(document.place == "Moscow")
        #expect(document.type == "telegram")
        #expect(document.sender == "Embassy in the Soviet Union")
        #expect(document.recipient == "Department of State")
        #expect(document.signatory == "N. Khrushchev", "the letter's author signs, though the Embassy telegraphed it")
        #expect(document.citation?.volumeLabel == "1961\u{2013}1963, Volume XI")
        #expect(document.citation?.series == "FOREIGN RELATIONS OF THE UNITED STATES")
        #expect(document.citation?.volumeTitle == "Cuban Missile Crisis and Aftermath")
        #expect(document.citation?.publisher == "U.S. Deparment of State")
        #expect(document.footnotes == 2)
        #expect(document.sha256 == "3ca7ae861bf1592a4efb40f41d1d1fc13a8138882ef83d7b619764f1a9592dff")
        #expect(document.words > 2700 && document.words < 2900)
        #expect(document.readingMinutes == (document.words + 237) / 238)
    }

    @Test func editionFacts() {
        #expect(metadata.identifier == "urn:uuid:" + UUIDv5.make(name: "khrushchev-to-kennedy-1962-10-26"))
        #expect(metadata.identifier.hasPrefix("urn:uuid:") && metadata.identifier.dropFirst(9).split(separator: "-").map(\.count) == [8, 4, 4, 4, 12])
        #expect(metadata.date == "1962-10-26")
        #expect(metadata.modified == "2023-11-14T22:13:20Z")
        #expect(metadata.modifiedSource == "SOURCE_DATE_EPOCH")
        #expect(metadata.creators == [Person(name: "Nikita Khrushchev", role: "aut", fileAs: "Khrushchev, Nikita")])
        #expect(metadata.version == "1.0.0")
    }

    @Test func uuidV5MatchesTheStandard() {
        // RFC 9562 test vector: the DNS namespace and "www.example.com".
        let dns: [UInt8] = [0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]
        #expect(UUIDv5.make(name: "www.example.com", namespace: dns) == "2ed6657d-e927-568b-95e1-2665a8aea6a2")
    }

    @Test func utcTimestampsIgnoreTheTimeZone() {
        #expect(UTCTimestamp(secondsSince1970: 0).iso8601 == "1970-01-01T00:00:00Z")
        #expect(UTCTimestamp(secondsSince1970: 951_782_400).iso8601 == "2000-02-29T00:00:00Z")
        #expect(UTCTimestamp(secondsSince1970: -1).iso8601 == "1969-12-31T23:59:59Z")
        #expect(UTCTimestamp(secondsSince1970: 4_102_444_800).iso8601 == "2100-01-01T00:00:00Z")
    }

    @Test func infoJSONCarriesTheSchemaVersion() throws {
        let json = try InfoRun.json(metadata)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect((object["documents"] as? [[String: Any]])?.first?["sender"] as? String == "Embassy in the Soviet Union")
    }
}

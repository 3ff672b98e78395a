import Foundation
import GalleyEPUB
import GalleyEnrich
import GalleyModel
import GalleyPipeline
import Testing

/// The seed's package document and chapter, pinned byte for byte. Review the
/// diff after `GALLEY_UPDATE_GOLDEN=1 swift test`.
@Suite struct EPUBGoldenTests {
    static func seedResources() throws -> (EditionMetadata, [EPUBResource]) {
        let edition = try EditionLoader.load(folder: TestPaths.editions.appendingPathComponent("khrushchev-to-kennedy-1962-10-26").path)
        let metadata = Enricher.enrich(edition, modified: .init(timestamp: UTCTimestamp(secondsSince1970: 1_700_000_000), source: "SOURCE_DATE_EPOCH"))
        return (metadata, EPUBWriter.resources(edition: edition, metadata: metadata))
    }

    @Test func packageDocument() throws {
        let (metadata, resources) = try Self.seedResources()
        let opf = String(decoding: EPUBWriter.packageDocument(metadata: metadata, resources: resources), as: UTF8.self)
        try Golden.check(opf, against: TestPaths.fixtures.appendingPathComponent("EPUB/seed-package.opf"))
    }

    @Test func chapter() throws {
        let (_, resources) = try Self.seedResources()
        let chapter = try #require(resources.first { $0.path == "EPUB/text-1.xhtml" })
        try Golden.check(String(decoding: chapter.bytes, as: UTF8.self), against: TestPaths.fixtures.appendingPathComponent("EPUB/seed-text-1.xhtml"))
    }
}

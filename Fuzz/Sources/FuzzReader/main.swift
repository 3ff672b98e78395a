import FuzzSupport
import GalleyModel
import GalleyReader
import GalleyRules

// The plain-text reader and every document and edition rule on arbitrary bytes.
/// The entry point libFuzzer's runtime looks for; `runFuzzer` drives it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let document = PlainTextReader.read(bytes(data, size), path: "fuzz.txt")
    _ = document.dump()
    let context = RuleContext()
    for rule in RuleRegistry.documentRules where document.isText || rule.runsOnNonText {
        _ = rule.init().check(document, context: context)
    }
    let edition = Edition(path: "fuzz", slug: "fuzz", manifest: EditionManifest(), documents: [document, document],
                          checksums: nil, files: [], isComplete: true)
    for rule in RuleRegistry.editionRules { _ = rule.init().check(edition) }
    return 0
}

runFuzzer(fuzzOne)

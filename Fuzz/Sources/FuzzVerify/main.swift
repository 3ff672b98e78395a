import FuzzSupport
import GalleyPipeline
import GalleyRules

// `verify` on arbitrary bytes as an EPUB, a tar.gz and a zip: the first
// byte picks which, the rest is the archive.
/// The entry point libFuzzer's runtime looks for; `runFuzzer` drives it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = bytes(data, size)
    guard let selector = input.first else { return 0 }
    let name = ["book.epub", "bag.tar.gz", "bag.zip"][Int(selector) % 3]
    let package = PackageReader.read(bytes: Array(input.dropFirst()), name: name)
    for rule in RuleRegistry.packageRules { _ = rule.init().check(package) }
    return 0
}

runFuzzer(fuzzOne)

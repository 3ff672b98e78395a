import FuzzSupport
import GalleyReader

// edition.yaml, .galley-ignore.yaml and SHA256SUMS readers on arbitrary bytes.
/// The entry point libFuzzer's runtime looks for; `runFuzzer` drives it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = bytes(data, size)
    _ = ManifestReader.read(input, path: "edition.yaml")
    _ = SuppressionReader.read(input, path: ".galley-ignore.yaml", prefix: "")
    _ = ChecksumListReader.read(input, path: "SHA256SUMS")
    return 0
}

runFuzzer(fuzzOne)

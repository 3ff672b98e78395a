import ArgumentParser
import GalleyModel
import GalleyPipeline

/// `galley version`: Galley's version and the C libraries it runs on.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: "Print Galley's version and the versions of the libraries it links."
    )

    func run() throws {
        Terminal.write("""
            galley \(GalleyVersion.current)
            \(NativeLibraries.libxml2)
            \(NativeLibraries.libarchive)

            """)
    }
}

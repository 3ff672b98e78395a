import ArgumentParser
import Foundation
import GalleyPipeline
import GalleyReader

/// `galley dump FILE`: how Galley reads a text, node by node.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print the document tree Galley reads from a text, with the source range of every node."
    )

    @Argument(help: "A text file.")
    var file: String

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw GalleyError(step: "dump", path: file, problem: "cannot read the file")
        }
        Terminal.write(PlainTextReader.read([UInt8](data), path: file).dump())
    }
}

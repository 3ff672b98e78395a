import ArgumentParser
import GalleyPipeline

/// `galley info EDITION`
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Print an edition's metadata: what edition.yaml declares merged with what the texts say."
    )

    @Argument(help: "An edition folder.")
    var edition: String

    @Option(help: "Output format: text or json.")
    var format: InfoFormat = .text

    enum InfoFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
        let metadata = try InfoRun.metadata(folder: edition)
        switch format {
        case .text: Terminal.write(InfoRun.text(metadata))
        case .json: Terminal.write(try InfoRun.json(metadata) + "\n")
        }
    }
}

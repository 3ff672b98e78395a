import ArgumentParser
import GalleyPipeline
import GalleyReport

/// `galley seal EDITION …`
struct SealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seal",
        abstract: "Write or update an edition's SHA256SUMS, once its texts have no errors."
    )

    @Argument(help: "Edition folders to seal.")
    var editions: [String]

    @Option(help: "Colour: auto, always, never.")
    var color: ColorChoice = .auto

    func run() throws {
        var status = ExitStatus.clean
        for folder in editions {
            switch try Sealer.seal(folder: folder) {
            case .sealed(let path, let files, let changed):
                Terminal.write(changed ? "sealed \(files) files in \(path)\n" : "\(path) is up to date (\(files) files)\n")
            case .refused(let report):
                try ReportOutput.write(report, format: .text, color: color)
                Terminal.writeError("galley: not sealing \(folder): its texts have errors\n")
                status = .findings
            }
        }
        throw status.exitCode
    }
}

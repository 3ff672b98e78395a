import ArgumentParser
import Foundation
import GalleyModel
import GalleyPipeline

/// The `galley` command: a thin shell over the pipeline. Each subcommand
/// parses its options, calls the library, and maps the outcome to an
/// ``ExitStatus``.
@main
struct GalleyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "galley",
        abstract: "Check, enrich and package plain-text historical documents.",
        version: GalleyVersion.current,
        subcommands: [CheckCommand.self, BuildCommand.self, ReleaseCommand.self, VerifyCommand.self, CatalogCommand.self, ReportCommand.self, InfoCommand.self, SealCommand.self, RulesCommand.self, DumpCommand.self, VersionCommand.self]
    )

    /// Runs the command line; usage errors exit 2, like I/O failures.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let status as ExitCode {
            Foundation.exit(status.rawValue)
        } catch let error as GalleyError {
            Terminal.writeError("galley: error: \(error)\n")
            Foundation.exit(ExitStatus.failure.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                Terminal.write(message + "\n")
                Foundation.exit(0)
            }
            Terminal.writeError(message + "\n")
            Foundation.exit(ExitStatus.failure.rawValue)
        }
        Foundation.exit(ExitStatus.clean.rawValue)
    }
}


import ArgumentParser

/// Galley's exit statuses, defined once.
enum ExitStatus: Int32 {
    /// Nothing failed.
    case clean = 0
    /// Findings fail the run: errors, or warnings under `--strict`.
    case findings = 1
    /// The command could not do its work: bad usage or an I/O failure.
    case failure = 2

    var exitCode: ExitCode { ExitCode(rawValue) }
}

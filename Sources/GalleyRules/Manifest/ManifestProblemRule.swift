import GalleyModel

/// The manifest rules report what the `edition.yaml` reader recorded; this
/// keeps the reader free of severities and the rules free of YAML.
protocol ManifestProblemRule: EditionRule {
    static var kind: ManifestProblem.Kind { get }
}

extension ManifestProblemRule {
    public func check(_ edition: Edition) -> [Diagnostic] {
        let manifest = edition.manifest
        return manifest.problems.filter { $0.kind == Self.kind }.map { problem in
            diagnostic(manifest.path ?? edition.path, problem.range, problem.message)
        }
    }
}

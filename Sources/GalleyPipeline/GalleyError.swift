/// A failure that stops a step: I/O trouble or a broken invariant. Findings
/// about texts are diagnostics, never errors.
///
/// Each error names the step, the path and what failed, so that a message
/// such as `seal: Editions/x/SHA256SUMS: cannot write: Permission denied`
/// tells the user where to look.
public struct GalleyError: Error, CustomStringConvertible, Sendable {
    public let step: String
    public let path: String
    public let problem: String

    public init(step: String, path: String, problem: String) {
        self.step = step
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(step): \(path): \(problem)" }
}

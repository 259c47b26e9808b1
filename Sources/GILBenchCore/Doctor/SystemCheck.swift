// SystemCheck: one thing `gilbench doctor` looked at, what it found, and what to do about it.

/// The verdict of one check.
public struct SystemCheck: Sendable, Equatable {
    public enum Verdict: String, Sendable {
        /// Nothing here will add noise.
        case ok
        /// This will make results noisier or biased; `advice` says what to do.
        case warning
        /// Not exposed on this machine (often a VM): nothing to check, nothing to do.
        case unknown
    }

    /// What was checked: "frequency governor", "load", ...
    public let name: String
    public let verdict: Verdict
    /// What was seen, one line.
    public let finding: String
    /// What to do; empty when nothing.
    public let advice: String

    public init(_ name: String, _ verdict: Verdict, _ finding: String, advice: String = "") {
        self.name = name
        self.verdict = verdict
        self.finding = finding
        self.advice = advice
    }
}

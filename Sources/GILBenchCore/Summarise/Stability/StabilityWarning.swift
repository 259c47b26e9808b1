// StabilityWarning: why one point's numbers deserve less trust, as a short code and a sentence.

/// One warning on a summary point. `code` is machine-readable and stable; `text` says what was seen and what
/// to do, in one sentence without semicolons (summary.csv joins warnings with "; ").
public struct StabilityWarning: Codable, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Codable, Sendable, CaseIterable {
        /// A worker's `run` is so short that clock reads and thread wake-ups are a large part of it.
        case shortCall = "short-call"
        /// Wall (or per-worker) times vary more than a ratio between points can survive.
        case highSpread = "high-spread"
        /// The speedup is above what the usable CPUs allow, even at its slowest trial.
        case speedupAboveIdeal = "speedup-above-ideal"
        /// The machine was busy when the run started.
        case highLoad = "high-load"
        /// Too few measured trials for a median and a spread.
        case fewTrials = "few-trials"
        /// The CPU clock is not fixed (a governor other than performance).
        case frequencyScaling = "frequency-scaling"
        /// Trials left processes running (detached children of the workload), killed after each trial.
        case leftProcesses = "left-processes"

        /// Whether the warning is about the machine (the same on every point) rather than the point's samples.
        public var isMachineWide: Bool { self == .highLoad || self == .frequencyScaling }
    }

    public let code: Code
    public let text: String

    public init(_ code: Code, _ text: String) {
        self.code = code
        self.text = text.replacingOccurrences(of: ";", with: ",")
    }

    /// "short-call: ...".
    public var description: String { "\(code.rawValue): \(text)" }
}

// MemoryBaseline: M(runtime only), the memory of a host with no worker, per Python and strategy.

/// A 0-worker trial's set-up memory: for the in-process strategies a host with CPython started; for
/// `processes` a host alone (its workers are separate processes). Per-worker memory is
/// `(M(N workers) - baseline) / N`. Recorded once per run in metadata.json (format 2).
public struct MemoryBaseline: Codable, Hashable, Sendable {
    public let pythonVersion: String
    public let pythonBuild: String
    public let strategy: Strategy
    /// The median of `samples` 0-worker hosts (each reading is summed over the host's processes).
    public let memory: MemoryUsage
    public let samples: Int

    public init(pythonVersion: String, pythonBuild: String, strategy: Strategy, memory: MemoryUsage, samples: Int) {
        self.pythonVersion = pythonVersion
        self.pythonBuild = pythonBuild
        self.strategy = strategy
        self.memory = memory
        self.samples = samples
    }
}

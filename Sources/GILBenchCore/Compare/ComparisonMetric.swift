// ComparisonMetric: the three quantities `gilbench compare` puts side by side, and which way is better.

/// A measured quantity of a point, compared as the ratio new / base.
public enum ComparisonMetric: String, Codable, CaseIterable, Sendable {
    /// Median wall time of the measured trials: lower is better.
    case wall
    /// `workers x median T(1) / median T(workers)`: higher is better. Only for points with more than one worker.
    case speedup
    /// Median set-up time (interpreter or process creation, workload import): lower is better.
    case setup
    /// Median peak PSS of everything a trial ran (host and worker processes; set-up PSS with the sampler off):
    /// lower is better. Format 2 runs only.
    case memory

    /// Whether a larger ratio means the new side is better.
    public var higherIsBetter: Bool { self == .speedup }

    /// A column heading.
    public var title: String {
        switch self {
        case .wall: return "wall time"
        case .speedup: return "speedup"
        case .setup: return "set-up time"
        case .memory: return "memory (peak PSS)"
        }
    }
}

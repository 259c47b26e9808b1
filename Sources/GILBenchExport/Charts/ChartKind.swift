// ChartKind: the chart templates (GILBenchBuiltins/plots/), one gnuplot script each.

/// A kind of chart; each is drawn by one script in plots/.
public enum ChartKind: String, CaseIterable, Sendable {
    /// Speedup vs workers, a line per strategy, against the ideal.
    case speedup
    /// Median wall time vs workers.
    case wall
    /// Speedup / workers.
    case efficiency
    /// The time to start one worker, per strategy.
    case setup
    /// The speedup chart once per Python, side by side.
    case speedupByPython = "speedup_by_python"
    /// Throughput against the run's baseline vs workers, every Python x strategy on one axis.
    case throughput
    /// Throughput vs payload size (`--input-bytes` sweeps), a line per strategy.
    case payload
    /// PSS per worker vs workers, a line per strategy (format 2 runs).
    case memory
    /// A soak test's memory vs cycle (`gilbench soak`).
    case soak

    /// The script's file name in plots/.
    public var scriptName: String { rawValue + ".gp" }
}

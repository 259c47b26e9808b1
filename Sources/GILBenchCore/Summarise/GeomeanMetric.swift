// GeomeanMetric: a per-point metric of the summary that `Geomean` averages over workloads.

/// A metric with a value and a spread on every summary row (speedup, throughput against a baseline), that `Geomean`
/// averages over a run's workloads (`GeomeanCSVMetric`, in GILBenchExport, says how its CSV reads).
public protocol GeomeanMetric: Sendable {
    /// The metric of `row`, nil where it has none there.
    static func value(_ row: SummaryRow) -> Double?
    /// Its slowest trial (the low end of its spread).
    static func minimum(_ row: SummaryRow) -> Double?
    /// Its fastest trial (the high end of its spread).
    static func maximum(_ row: SummaryRow) -> Double?
    /// Whether `row`, the first of its Python x strategy x worker count, can open a mean (throughput: it names its
    /// baseline).
    static func opens(_ row: SummaryRow) -> Bool
}

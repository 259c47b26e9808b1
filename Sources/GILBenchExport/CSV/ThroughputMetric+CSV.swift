// ThroughputMetric+CSV: how throughput_geomean.csv reads: its file name, columns and cells.
import GILBenchCore
import GILBenchResults

extension ThroughputMetric: GeomeanCSVMetric {
    public static let fileName = "throughput_geomean.csv"
    public static let columns = ["gil", "workloads", "baseline", "throughput_vs_baseline", "throughput_vs_baseline_min", "throughput_vs_baseline_max"]

    public static func cells(_ mean: ThroughputGeomean) -> [String] {
        [mean.lockModel.rawValue, String(mean.workloads), (mean.baseline?.label ?? ""), CSVFormat.ratio(mean.throughputVsBaseline),
         CSVFormat.ratio(mean.throughputVsBaselineMinimum), CSVFormat.ratio(mean.throughputVsBaselineMaximum)]
    }
}

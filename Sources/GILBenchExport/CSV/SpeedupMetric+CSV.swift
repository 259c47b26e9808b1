// SpeedupMetric+CSV: how speedup_geomean.csv reads: its file name, columns and cells.
import GILBenchCore
import GILBenchResults

extension SpeedupMetric: GeomeanCSVMetric {
    public static let fileName = "speedup_geomean.csv"
    public static let columns = ["workloads", "speedup", "speedup_min", "speedup_max", "efficiency"]

    public static func cells(_ mean: SpeedupGeomean) -> [String] {
        [String(mean.workloads), CSVFormat.ratio(mean.speedup), CSVFormat.ratio(mean.speedupMinimum),
         CSVFormat.ratio(mean.speedupMaximum), CSVFormat.ratio(mean.efficiency)]
    }
}

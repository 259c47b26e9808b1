// ChartPlan+Throughput: the throughput-vs-baseline charts: one per workload and one geometric mean, every Python x
// strategy on one axis.
import GILBenchCore
import GILBenchResults

extension ChartPlan {
    /// The throughput charts of `results`: one per workload with a measured throughput, and one over all workloads
    /// (geometric mean, when there are several). Each line is a Python x strategy, titled with its lock model; every
    /// label travels as a quoted gnuplot string parameter, never as code.
    public static func throughputCharts(for results: RunResults) -> [Chart] {
        let summary = results.summary
        guard let baseline = summary.lazy.compactMap(\.baseline).first else { return [] }
        let machine = results.metadata.machine
        let cores = machine.cpuCount
        let options = results.metadata.options
        let pythons = ordered(summary.map(\.python).uniqued(),
                              by: options.pythons.map(\.identity))
        let workloads = ordered(summary.map(\.workload).uniqued(), by: options.workloads.map(\.name))
        let geomeans = ThroughputGeomean.rows(summary)

        func series(_ rows: [(python: PythonIdentity, strategy: Strategy, lockModel: LockModel)]) -> [Chart.Parameter] {
            var parameters: [Chart.Parameter] = [.number("series", rows.count)]
            for (index, row) in rows.enumerated() {
                let i = index + 1
                parameters += [
                    .string("series_version_\(i)", row.python.version), .string("series_build_\(i)", row.python.build),
                    .string("series_strategy_\(i)", row.strategy.rawValue),
                    .number("series_python_\(i)", (pythons.firstIndex(of: row.python) ?? 0) + 1),
                    .string("series_title_\(i)", "\(row.python.label) \(row.strategy.rawValue) (gil: \(row.lockModel.rawValue))"),
                ]
            }
            return parameters
        }
        func lines(_ rows: [(PythonIdentity, Strategy, LockModel)]) -> [(python: PythonIdentity, strategy: Strategy, lockModel: LockModel)] {
            var seen = Set<String>()
            let unique = rows.filter { seen.insert("\($0.0.version)|\($0.0.build)|\($0.1.rawValue)").inserted }
            return pythons.flatMap { python in
                Strategy.allCases.compactMap { strategy in
                    unique.first { $0.0 == python && $0.1 == strategy }.map { (python: $0.0, strategy: $0.1, lockModel: $0.2) }
                }
            }
        }
        let common: [Chart.Parameter] = [
            .string("baseline", baseline.label), .number("cores", cores),
            .string("machine", "\(machine.cpuModel), \(cores) \(cores == 1 ? "core" : "cores")"),
        ] + strategyParameters(summary, python: nil)
        func chart(_ stem: String, _ caption: String, csv: String, _ extra: [Chart.Parameter]) -> Chart {
            let name = fileSafe(stem)
            return Chart(kind: .throughput, name: name, caption: caption, python: nil,
                         parameters: [.string("csv", csv)] + extra + common + [.string("out", name)])
        }

        var charts: [Chart] = []
        if workloads.count > 1 && !geomeans.isEmpty {
            let subject = workloads.count <= 4
                ? "all workloads (geometric mean of \(workloads.joined(separator: ", ")))"
                : "all \(workloads.count) workloads (geometric mean)"
            let rows = lines(geomeans.map { ($0.python, $0.strategy, $0.lockModel) })
            charts.append(chart("throughput-geomean", "Throughput over all workloads (geometric mean) against \(baseline.label) at 1 worker, every Python and strategy",
                                csv: "../" + ThroughputGeomeanCSVExporter().fileName,
                                [.string("workload", ThroughputGeomeanCSVExporter.workloadName), .string("subject", subject)] + series(rows)))
        }
        // These read summary.csv's throughput columns, which a format-1 folder's summary.csv lacks (its throughput
        // is recomputed in memory for the report and the geometric mean only).
        for workload in workloads where results.metadata.formatVersion >= 2 {
            let measured = summary.filter { $0.workload == workload }
            guard measured.contains(where: { $0.throughputVsBaseline != nil }) else { continue }
            let rows = lines(measured.map { ($0.python, $0.strategy, $0.lockModel) })
            charts.append(chart("throughput-\(workload)", "Throughput of \(workload) against \(baseline.label) at 1 worker, every Python and strategy",
                                csv: "../summary.csv", [.string("workload", workload)] + series(rows)))
        }
        return charts
    }

    /// The chart parameters every strategy-drawing template reads: `styles` (the style table in plots/), and for
    /// the legends `lock_strategies` with `lock_models`, the lock model each strategy ran under on `python` (word
    /// lists in `Strategy.allCases` order; a template looks a strategy up by name, so it names none itself).
    static func strategyParameters(_ summary: [SummaryRow], python: PythonIdentity?) -> [Chart.Parameter] {
        var parameters: [Chart.Parameter] = [.string("styles", StrategyStylesCSVExporter.name)]
        guard let python else { return parameters }
        let models = Strategy.allCases.compactMap { strategy in
            summary.first { $0.python == python && $0.strategy == strategy }.map { (strategy, $0.lockModel) }
        }
        if !models.isEmpty {
            parameters += [.string("lock_strategies", models.map(\.0.rawValue).joined(separator: " ")),
                           .string("lock_models", models.map(\.1.rawValue).joined(separator: " "))]
        }
        return parameters
    }
}

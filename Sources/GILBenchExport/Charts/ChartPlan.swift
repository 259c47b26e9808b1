// ChartPlan: which charts a run gets, derived from its summary (Pythons, workloads) and its machine.
import GILBenchCore
import GILBenchResults

/// Lists the charts for a run folder. Every chart reads its numbers from a CSV at render time; the parameters
/// only say which rows to draw and how to title them.
public enum ChartPlan {
    /// The folder inside a run folder that holds the charts and their scripts.
    public static let folderName = "plots"

    /// The charts for `results`: per Python the speedup, wall-time and efficiency charts of each workload, the
    /// speedup over all workloads (geometric mean, when there are several) and the set-up cost; with several
    /// Pythons, a side-by-side speedup chart per workload (and for the geometric mean).
    public static func charts(for results: RunResults) -> [Chart] {
        let summary = results.summary
        let machine = results.metadata.machine
        let cores = machine.usableCPUCount
        let machineText = machine.displayName
        let summaryCSV = "../summary.csv"
        let geomeanCSV = "../" + SpeedupGeomeanCSVExporter().fileName
        // In the order the run was asked for (the summary follows the shuffled trial order).
        let options = results.metadata.options
        let pythons = ordered(summary.map(\.python).uniqued(),
                              by: options.pythons.map(\.identity))
        let workloads = ordered(summary.map(\.workload).uniqued(), by: options.workloads.map(\.name))
        let hasGeomean = workloads.count > 1 && !SpeedupGeomean.rows(summary).isEmpty
        // Name the workloads in the title while that still fits on one line.
        let geomeanSubject = workloads.count <= 4
            ? "all workloads (geometric mean of \(workloads.joined(separator: ", ")))"
            : "all \(workloads.count) workloads (geometric mean)"
        var charts: [Chart] = []

        for python in pythons {
            let pythonParameters: [Chart.Parameter] = [
                .string("python_version", python.version), .string("python_build", python.build),
                .number("cores", cores), .string("machine", machineText),
            ] + strategyParameters(summary, python: python)
            func chart(_ kind: ChartKind, _ stem: String, _ caption: String, csv: String, _ extra: [Chart.Parameter]) -> Chart {
                let name = fileSafe("\(stem)-py\(python.label)")
                return Chart(kind: kind, name: name, caption: caption, python: python.label,
                             parameters: [.string("csv", csv)] + extra + pythonParameters + [.string("out", name)])
            }
            // Workloads with at least one measured time on this Python: a chart of only unsupported or failed
            // points would be empty.
            let mine = Set(summary.filter { $0.python == python && $0.wall != nil }.map(\.workload))
            let hasGeomeanHere = hasGeomean && SpeedupGeomean.rows(summary).contains { $0.python == python }
            if hasGeomeanHere {
                charts.append(chart(.speedup, "speedup-geomean", "Speedup over all workloads (geometric mean), Python \(python.label)",
                                    csv: geomeanCSV, [.string("workload", SpeedupGeomeanCSVExporter.workloadName), .string("subject", geomeanSubject)]))
            }
            for workload in workloads where mine.contains(workload) {
                charts.append(chart(.speedup, "speedup-\(workload)", "Speedup of \(workload), Python \(python.label)",
                                    csv: summaryCSV, [.string("workload", workload)]))
            }
            for workload in workloads where mine.contains(workload) {
                charts.append(chart(.wall, "wall-\(workload)", "Wall time of \(workload), Python \(python.label)",
                                    csv: summaryCSV, [.string("workload", workload)]))
            }
            for workload in workloads where mine.contains(workload) {
                charts.append(chart(.efficiency, "efficiency-\(workload)", "Parallel efficiency of \(workload), Python \(python.label)",
                                    csv: summaryCSV, [.string("workload", workload)]))
            }
            // --input-bytes sweeps: one payload chart per workload with two or more sizes, at the largest worker count.
            let sweep = PayloadSweep.points(results).filter { $0.python == python }
            for base in sweep.map(\.workload).uniqued() {
                let series = sweep.filter { $0.workload == base }
                guard Set(series.map(\.inputBytes)).count > 1, let most = series.map(\.workers).max() else { continue }
                charts.append(chart(.payload, "payload-\(base)", "Throughput of \(base) vs payload size, \(most) workers, Python \(python.label)",
                                    csv: "../" + PayloadCSVExporter().fileName, [.string("workload", base), .number("workers", most)]))
            }
            for workload in workloads where summary.contains(where: {
                $0.python == python && $0.workload == workload && $0.memory?.pssPerWorkerBytes != nil
            }) {
                charts.append(chart(.memory, "memory-\(workload)", "Memory per worker (PSS) of \(workload), Python \(python.label)",
                                    csv: summaryCSV, [.string("workload", workload)]))
            }
            let hasSetup = summary.contains { $0.python == python && $0.workers == 1 && $0.setup != nil }
            if hasSetup {
                charts.append(chart(.setup, "setup", "Set-up cost of one worker, Python \(python.label)",
                                    csv: summaryCSV, [.string("workloads", workloads.filter(mine.contains).joined(separator: " "))]))
            }
        }

        if pythons.count > 1 {
            let pythonParameters: [Chart.Parameter] = [
                .string("python_versions", pythons.map(\.version).joined(separator: " ")),
                .string("python_builds", pythons.map(\.build).joined(separator: " ")),
                .number("cores", cores), .string("machine", machineText),
            ] + strategyParameters(summary, python: nil)
            func chart(_ stem: String, _ caption: String, csv: String, _ extra: [Chart.Parameter]) -> Chart {
                let name = fileSafe(stem)
                return Chart(kind: .speedupByPython, name: name, caption: caption, python: nil,
                             parameters: [.string("csv", csv)] + extra + pythonParameters + [.string("out", name)])
            }
            if hasGeomean {
                charts.append(chart("speedup-by-python-geomean", "Speedup over all workloads (geometric mean) by Python release",
                                    csv: geomeanCSV, [.string("workload", SpeedupGeomeanCSVExporter.workloadName), .string("subject", geomeanSubject)]))
            }
            for workload in workloads where summary.contains(where: { $0.workload == workload && $0.wall != nil }) {
                charts.append(chart("speedup-by-python-\(workload)", "Speedup of \(workload) by Python release",
                                    csv: summaryCSV, [.string("workload", workload)]))
            }
        }
        return charts + throughputCharts(for: results)
    }

    /// A chart's file stem from names in the data, through `SafeFileName` (ASCII letters, digits, '.', '-', '_').
    static func fileSafe(_ name: String) -> String {
        SafeFileName.component(name)
    }

    /// `values` sorted by their position in `order`; values not in it keep their order, after the others.
    static func ordered<T: Hashable>(_ values: [T], by order: [T]) -> [T] {
        let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return values.enumerated().sorted { (rank[$0.element] ?? order.count + $0.offset, $0.offset) < (rank[$1.element] ?? order.count + $1.offset, $1.offset) }
            .map(\.element)
    }
}

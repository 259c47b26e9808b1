// ReportFindings+LockModel: findings that name each strategy's lock model and read throughput against the baseline.
import Foundation
import GILBenchCore
import GILBenchResults

extension ReportFindings {
    /// The lock model `strategy` ran under on `python`, as its summary rows say (nil when it has no row).
    static func lockModel(_ strategy: Strategy, python: PythonIdentity, summary: [SummaryRow]) -> LockModel? {
        summary.first { $0.python == python && $0.strategy == strategy }?.lockModel
    }

    /// The strategy's name, followed by its lock model where the name would mislead: on a build without a GIL,
    /// "shared-subinterpreters" shares no lock ("shared-subinterpreters (no GIL, in parallel)").
    static func strategyName(_ strategy: Strategy, python: PythonIdentity, summary: [SummaryRow]) -> String {
        guard let model = lockModel(strategy, python: python, summary: summary), model == .none else { return strategy.rawValue }
        return "\(strategy.rawValue) (\(model.phrase))"
    }

    /// " (free-threaded: no GIL; threads and legacy sub-interpreters run in parallel)" for a build whose threads ran
    /// without a GIL, else "".
    static func buildNote(_ python: PythonIdentity, summary: [SummaryRow]) -> String {
        let models = summary.filter { $0.python == python }.map(\.lockModel)
        guard models.contains(.none) else { return python.build == "free-threaded" ? " (free-threaded, GIL enabled)" : "" }
        return " (free-threaded: no GIL, so threads and legacy sub-interpreters run in parallel)"
    }

    /// Throughput against the run's baseline at `focus` workers: every Python x strategy, best first (geometric mean
    /// over workloads, or the one workload), and each free-threaded build's single-thread cost against its GIL twin.
    static func throughputSentences(_ results: RunResults, focus: Int) -> [String] {
        let summary = results.summary
        var sentences: [String] = []
        let workloads = Set(summary.map(\.workload))
        if let baseline = summary.lazy.compactMap(\.baseline).first {
            let points: [(label: String, value: Double)]
            if workloads.count > 1 {
                points = ThroughputGeomean.rows(summary).filter { $0.workers == focus }.map { row in
                    let python = row.python
                    return ("\(python.label) \(strategyName(row.strategy, python: python, summary: summary))", row.throughputVsBaseline)
                }
            } else {
                points = summary.filter { $0.workers == focus }.compactMap { row in
                    let python = row.python
                    return row.throughputVsBaseline.map { ("\(python.label) \(strategyName(row.strategy, python: python, summary: summary))", $0) }
                }
            }
            if !points.isEmpty {
                let over = workloads.count > 1 ? "geometric mean over the \(workloads.count) workloads" : "workload \(workloads.first!)"
                let listed = points.sorted { $0.value > $1.value }.map { "\($0.label) \(times($0.value))" }
                sentences.append("Throughput at \(focus) workers against one worker of \(baseline.label) (\(over); 1.00× = that single worker's rate): \(listed.joined(separator: ", ")).")
            }
        }
        for cost in SingleThreadCost.estimates(results.records, pythons: results.metadata.options.pythons) {
            let (value, interval, scope) = cost.geometricMean.map { ($0, cost.geometricMeanInterval, "geometric mean over \(cost.points.count) workloads") }
                ?? (cost.points[0].ratio, cost.points[0].interval, "workload \(cost.points[0].workload)")
            let range = interval.map { String(format: "; %.0f%% CI %.2f–%.2f", $0.level * 100, $0.lower, $0.upper) } ?? ""
            let direction = value >= 1 ? String(format: "%.0f%% slower", (value - 1) * 100) : String(format: "%.0f%% faster", (1 - value) * 100)
            sentences.append("Single-thread cost: one \(cost.strategy.rawValue) worker on \(cost.freeThreadedLabel) took \(times(value)) the time of one on \(cost.gilLabel) (\(direction); \(scope)\(range)); see \"Single-thread cost\" below.")
        }
        return sentences
    }
}

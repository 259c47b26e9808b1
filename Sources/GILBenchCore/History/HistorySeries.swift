// HistorySeries: builds the rows of a history chart for one workload, or the geometric mean over workloads.

/// The data of one history chart.
public struct HistorySeries: Sendable {
    /// A workload name, or nil for the geometric mean over `workloads`.
    public let workload: String?
    /// The workloads behind the series (one, or those measured in every entry for the geometric mean).
    public let workloads: [String]
    public let workers: Int
    public let rows: [HistoryRow]

    /// The series of `workload` (nil: geometric mean over the workloads every entry measured) at `workers`.
    ///
    /// The geometric mean uses only workloads present in every entry, so a workload added later cannot
    /// masquerade as a step. Speedup spread is the geometric mean of the per-workload spreads.
    public init(entries: [HistoryEntry], workload: String?, workers: Int) {
        self.workload = workload
        self.workers = workers
        let names: [String]
        if let workload {
            names = [workload]
        } else {
            var common: [String] = []
            for row in entries.first?.summary ?? [] where !common.contains(row.workload) { common.append(row.workload) }
            names = common.filter { name in entries.allSatisfy { $0.summary.contains { $0.workload == name } } }
        }
        workloads = names
        rows = entries.enumerated().map { index, entry in
            var points: [Strategy: HistoryPoint] = [:]
            for strategy in Strategy.allCases {
                let atN = names.map { name in entry.summary.first { $0.workload == name && $0.strategy == strategy && $0.workers == workers } }
                let atOne = names.map { name in entry.summary.first { $0.workload == name && $0.strategy == strategy && $0.workers == 1 } }
                func mean(_ rows: [SummaryRow?], _ pick: (SummaryRow) -> Double?) -> Double? {
                    let values = rows.map { $0.flatMap(pick) }
                    guard !values.isEmpty, values.allSatisfy({ $0 != nil }) else { return nil }
                    return Statistics.geometricMean(values.compactMap { $0 })
                }
                points[strategy] = HistoryPoint(
                    speedup: mean(atN) { $0.speedup }, speedupMinimum: mean(atN) { $0.speedupMinimum },
                    speedupMaximum: mean(atN) { $0.speedupMaximum }, wallSeconds: mean(atOne) { $0.wall?.median },
                    wallMinimumSeconds: mean(atOne) { $0.wall?.minimum }, wallMaximumSeconds: mean(atOne) { $0.wall?.maximum })
            }
            return HistoryRow(index: index + 1, entry: entry, workers: workers, points: points)
        }
    }

    /// The name used in file names and titles: the workload, or "geomean".
    public var name: String { workload ?? "geomean" }

    /// The charts `gilbench history` draws for `entries` (already ordered): one per requested workload, or, when none
    /// is requested, one per workload seen plus the geometric mean (when there are several). `workers` defaults to
    /// the largest worker count every entry measured.
    /// - Throws: `GILBenchError.unknownName` for a requested workload no entry measured.
    public static func plan(entries: [HistoryEntry], workloads requested: [String], workers: Int?) throws -> [HistorySeries] {
        let counts = entries.dropFirst().reduce(Set(entries.first?.summary.map(\.workers) ?? [])) { $0.intersection($1.summary.map(\.workers)) }
        let chosenWorkers = workers ?? counts.max() ?? 1
        var names: [String] = []
        for entry in entries { for row in entry.summary where !names.contains(row.workload) { names.append(row.workload) } }
        for name in requested where !names.contains(name) {
            throw GILBenchError.unknownName(kind: "workload", name: name, valid: names)
        }
        var series = (requested.isEmpty ? names : requested).map { HistorySeries(entries: entries, workload: $0, workers: chosenWorkers) }
        // The geometric mean only where some workload is common to every entry (a campaign of one-workload runs
        // has none, and its chart would have no point to draw).
        let geomean = HistorySeries(entries: entries, workload: nil, workers: chosenWorkers)
        if requested.isEmpty && names.count > 1 && !geomean.workloads.isEmpty { series.append(geomean) }
        return series
    }
}

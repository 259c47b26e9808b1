// MemorySummary: the memory columns of one summary row: medians over ok trials and the per-worker share.

/// Medians (bytes) over a point's measured ok trials, and what one worker costs.
public struct MemorySummary: Codable, Sendable, Equatable {
    public let setupRSSBytes: Double?
    public let setupPSSBytes: Double?
    public let setupUSSBytes: Double?
    public let peakRSSBytes: Double?
    public let peakPSSBytes: Double?
    /// `(median M(N) - M(runtime only)) / N` in PSS, M being the peak (or, with the sampler off, the set-up
    /// reading) and M(runtime only) the run's 0-worker baseline for this Python and strategy.
    public let pssPerWorkerBytes: Double?

    public init(setupRSSBytes: Double?, setupPSSBytes: Double?, setupUSSBytes: Double?, peakRSSBytes: Double?,
                peakPSSBytes: Double?, pssPerWorkerBytes: Double?) {
        self.setupRSSBytes = setupRSSBytes
        self.setupPSSBytes = setupPSSBytes
        self.setupUSSBytes = setupUSSBytes
        self.peakRSSBytes = peakRSSBytes
        self.peakPSSBytes = peakPSSBytes
        self.pssPerWorkerBytes = pssPerWorkerBytes
    }

    /// `(total - baseline) / workers`; nil without a baseline or workers.
    public static func perWorker(totalBytes: Double?, baselineBytes: Int?, workers: Int) -> Double? {
        guard let totalBytes, let baselineBytes, workers > 0 else { return nil }
        return (totalBytes - Double(baselineBytes)) / Double(workers)
    }

    /// The memory a trial is compared and charted by: its peak PSS, or its set-up PSS with the sampler off.
    public static func comparablePSS(_ memory: TrialMemory?) -> Double? {
        (memory?.peakPSSBytes ?? memory?.setup?.pssBytes).map(Double.init)
    }
}

extension Summarizer {
    /// Adds the memory medians and the per-worker PSS to `rows` (nil where no trial of a point has memory).
    public static func attachingMemory(_ rows: [SummaryRow], records: [TrialRecord], baselines: [MemoryBaseline]?) -> [SummaryRow] {
        var byPoint: [PointKey: [TrialRecord]] = [:]
        for record in records where !record.spec.warmup && record.status == .ok && record.memory != nil {
            byPoint[record.spec.point, default: []].append(record)
        }
        return rows.map { row in
            var row = row
            let key = PointKey(pythonLabel: row.python.label,
                               workload: row.workload, strategy: row.strategy, workers: row.workers)
            guard let trials = byPoint[key] else { return row }
            func median(_ values: [Int?]) -> Double? { Statistics(values.compactMap { $0.map(Double.init) })?.median }
            let baseline = baselines?.first {
                $0.python == row.python && $0.strategy == row.strategy
            }
            let comparable = Statistics(trials.compactMap { MemorySummary.comparablePSS($0.memory) })?.median
            row.memory = MemorySummary(
                setupRSSBytes: median(trials.map { $0.memory?.setup?.rssBytes }),
                setupPSSBytes: median(trials.map { $0.memory?.setup?.pssBytes }),
                setupUSSBytes: median(trials.map { $0.memory?.setup?.ussBytes }),
                peakRSSBytes: median(trials.map { $0.memory?.peakRSSBytes }),
                peakPSSBytes: median(trials.map { $0.memory?.peakPSSBytes }),
                pssPerWorkerBytes: MemorySummary.perWorker(totalBytes: comparable, baselineBytes: baseline?.memory.pssBytes, workers: row.workers))
            return row
        }
    }
}

// ComparisonPoints: a side's measured trials grouped by point (workload x strategy x workers), in first-seen order.

/// Measured (non-warm-up) records grouped by point, in first-seen order.
struct ComparisonPoints {
    var order: [ComparisonPointID] = []
    var byPoint: [ComparisonPointID: [TrialRecord]] = [:]

    init(_ records: [TrialRecord]) {
        for record in records where !record.spec.warmup {
            let key = ComparisonPointID(workload: record.spec.workload.name, strategy: record.spec.strategy, workers: record.spec.workers)
            if byPoint[key] == nil { order.append(key) }
            byPoint[key, default: []].append(record)
        }
    }
}

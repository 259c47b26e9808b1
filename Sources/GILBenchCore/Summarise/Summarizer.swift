// Summarizer: turns trial records into one SummaryRow per point.

/// Computes summary rows from trial records (warm-ups ignored).
public enum Summarizer {
    /// One row per point present in `records`, ordered by Python and workload (in `order` when given, else as
    /// they first appear), then strategy and worker count. Throughput is measured against `baseline`, else against
    /// `ThroughputBaseline.defaultChoice` for the run's Pythons and strategies.
    public static func summarize(_ records: [TrialRecord], order options: RunOptions? = nil,
                                 baseline throughputBaseline: ThroughputBaseline? = nil) -> [SummaryRow] {
        var order: [PointKey] = []
        var byPoint: [PointKey: [TrialRecord]] = [:]
        var pythonRank: [String: Int] = [:]
        var workloadRank: [String: Int] = [:]
        for python in options?.pythons ?? [] where pythonRank[python.label] == nil { pythonRank[python.label] = pythonRank.count }
        for workload in options?.workloads ?? [] where workloadRank[workload.name] == nil { workloadRank[workload.name] = workloadRank.count }
        for record in records where !record.spec.warmup {
            let key = record.spec.point
            if byPoint[key] == nil { order.append(key) }
            byPoint[key, default: []].append(record)
            if pythonRank[key.pythonLabel] == nil { pythonRank[key.pythonLabel] = pythonRank.count }
            if workloadRank[key.workload] == nil { workloadRank[key.workload] = workloadRank.count }
        }
        order.sort { a, b in
            (pythonRank[a.pythonLabel]!, workloadRank[a.workload]!, a.strategy, a.workers)
                < (pythonRank[b.pythonLabel]!, workloadRank[b.workload]!, b.strategy, b.workers)
        }
        // Median T(1) per Python x workload x strategy: the speedup baseline.
        var baseline: [String: Double] = [:]
        for key in order where key.workers == 1 {
            let walls = byPoint[key]!.filter { $0.status == .ok }.compactMap(\.wallSeconds)
            if let median = Statistics(walls)?.median { baseline[baselineKey(key)] = median }
        }
        let rows = order.map { key in
            let trials = byPoint[key]!
            let spec = trials[0].spec
            let ok = trials.filter { $0.status == .ok }
            let failed = trials.filter { $0.status != .ok }
            let wall = Statistics(ok.compactMap(\.wallSeconds))
            var speedup: Double?
            var speedupMinimum: Double?
            var speedupMaximum: Double?
            if let wall, let t1 = baseline[baselineKey(key)], wall.median > 0 {
                let n = Double(key.workers)
                speedup = n * t1 / wall.median
                speedupMinimum = n * t1 / wall.maximum
                speedupMaximum = wall.minimum > 0 ? n * t1 / wall.minimum : nil
            }
            let worst = failed.max { $0.status.severity < $1.status.severity }
            let status: TrialStatus = worst?.status ?? .ok
            // An all-ok point keeps its trials' note (e.g. which Python API an interpreter-pool row used).
            var message = worst?.message ?? (ok.first?.message ?? "")
            if let worst, !ok.isEmpty, worst.status.isFailure {
                message = "\(failed.count) of \(trials.count) trials failed: " + message
            }
            var row = SummaryRow(
                pythonVersion: spec.python.version, pythonBuild: spec.python.build, workload: key.workload,
                size: spec.size, strategy: key.strategy, workers: key.workers, trials: ok.count,
                failedTrials: failed.filter { $0.status.isFailure }.count, wall: wall, speedup: speedup,
                speedupMinimum: speedupMinimum, speedupMaximum: speedupMaximum,
                efficiency: speedup.map { $0 / Double(key.workers) },
                setup: Statistics(ok.compactMap(\.setupSeconds)), teardown: Statistics(ok.compactMap(\.teardownSeconds)),
                workerSeconds: Statistics(ok.flatMap { $0.workers.map { $0.endSeconds - $0.startSeconds } }),
                status: status, message: message,
                lockModel: LockModel.of(strategy: key.strategy, freeThreaded: spec.python.freeThreaded,
                                       gilEnabledInTrials: LockModel.agreedGILState(ok.map(\.gilEnabled))))
            row.compute = Statistics(ok.compactMap(\.computeSeconds))
            row.transferIn = Statistics(ok.flatMap { $0.workers.compactMap(\.transferInSeconds) })
            row.transferOut = Statistics(ok.flatMap { $0.workers.compactMap(\.transferOutSeconds) })
            let leaving = trials.compactMap(\.leftProcesses).filter { $0.count > 0 }
            if let first = leaving.first {
                row.leftProcesses = LeftProcesses(count: leaving.map(\.count).reduce(0, +), firstCommandLine: first.firstCommandLine)
                row.trialsLeavingProcesses = leaving.count
            }
            return row
        }
        var pythons = options?.pythons ?? []
        for record in records where !pythons.contains(record.spec.python) { pythons.append(record.spec.python) }
        var strategies = options?.strategies ?? []
        for key in order where !strategies.contains(key.strategy) { strategies.append(key.strategy) }
        let chosen = throughputBaseline ?? ThroughputBaseline.defaultChoice(pythons: pythons, strategies: strategies)
        return chosen.map { $0.annotate(rows) } ?? rows
    }

    private static func baselineKey(_ key: PointKey) -> String {
        "\(key.pythonLabel)\u{1}\(key.workload)\u{1}\(key.strategy.rawValue)"
    }
}

// Comparator: computes a Comparison from two sides' trials: Hodges-Lehmann ratios, exact intervals, rank and t tests.
import Foundation

/// Compares the measured trials of two sides point by point (warm-ups ignored).
///
/// Per point (workload x strategy x workers), over the trials that ended ok:
/// - wall and set-up: the Hodges-Lehmann ratio new / base (the median of all m x n ratios of a new trial to a base
///   trial), the exact Mann-Whitney interval of that ratio (the one that inverts the test), and the Mann-Whitney U
///   test, exact given ties up to 30 trials a side;
/// - speedup (workers > 1): `N x median T(1) / median T(N)` per side as in summary.csv, and as ratio the ratio of
///   geometric-mean speedups with a Welch t test and interval on log times over all four samples (T(1) and T(N) of
///   both sides), so noise in T(1) counts as noise, not as a shift.
/// The listing (verdict column): a change is significant when the interval excludes 1 and the two-sided p-value,
/// Benjamini-Hochberg adjusted over every metric of every point (`settings.correction`), is below 1 - level.
/// The gate (exit code) is `RegressionGate`: one-sided tests of the gating metrics, Holm adjusted, with the power
/// of each test at the threshold.
/// Geometric-mean intervals are seeded per group, derived from `settings.seed` and the group's name, so reports are
/// reproducible and independent of the order of points.
public enum Comparator {
    /// Compares every point of `base` with the same point of `new` under `settings`.
    public static func compare(base: ComparisonSide, new: ComparisonSide, settings: ComparisonSettings) -> Comparison {
        let baseTrials = ComparisonPoints(base.records)
        let newTrials = ComparisonPoints(new.records)
        var pending: [(key: ComparisonPointID, size: Int, baseTrials: Int, newTrials: Int, estimates: [MetricEstimate?])] = []
        var unmatched: [UnmatchedPoint] = []
        var samples: [String: [Double]] = [:] // log seconds by sample key, for the geometric means
        // Workloads in first-seen order, then strategy and worker count: the runner interleaves its trials.
        let seen = baseTrials.order + newTrials.order.filter { baseTrials.byPoint[$0] == nil }
        var workloads: [String] = []
        for key in seen where !workloads.contains(key.workload) { workloads.append(key.workload) }
        let keys = seen.sorted {
            (workloads.firstIndex(of: $0.workload)!, $0.strategy, $0.workers) < (workloads.firstIndex(of: $1.workload)!, $1.strategy, $1.workers)
        }
        for key in keys {
            func skip(_ reason: String) {
                unmatched.append(UnmatchedPoint(workload: key.workload, strategy: key.strategy, workers: key.workers, reason: reason))
            }
            guard let baseRecords = baseTrials.byPoint[key] else { skip("only in new"); continue }
            guard let newRecords = newTrials.byPoint[key] else { skip("only in base"); continue }
            let baseSizes = Set(baseRecords.map(\.spec.size))
            let newSizes = Set(newRecords.map(\.spec.size))
            guard baseSizes == newSizes, baseSizes.count == 1, let size = baseSizes.first else {
                skip("size differs: base \(describe(baseSizes)), new \(describe(newSizes)); compare runs made with the same --size")
                continue
            }
            let baseWalls = okWalls(baseRecords)
            let newWalls = okWalls(newRecords)
            if baseWalls.isEmpty || newWalls.isEmpty {
                let reasons = [("base", baseRecords, baseWalls), ("new", newRecords, newWalls)]
                    .filter { $0.2.isEmpty }.map { "\($0.0): \(failure($0.1))" }
                skip(reasons.joined(separator: "; "))
                continue
            }
            let name = pointName(key)
            let wall = rankEstimate(.wall, base: baseWalls, new: newWalls, name: name, level: settings.level, samples: &samples)
            var speedup: MetricEstimate?
            let oneWorker = ComparisonPointID(workload: key.workload, strategy: key.strategy, workers: 1)
            if key.workers > 1, let baseT1 = baseTrials.byPoint[oneWorker].map(okWalls), let newT1 = newTrials.byPoint[oneWorker].map(okWalls),
               !baseT1.isEmpty, !newT1.isEmpty {
                speedup = speedupEstimate(workers: key.workers, baseT1: baseT1, baseTN: baseWalls, newT1: newT1, newTN: newWalls,
                                          keys: [pointName(oneWorker), name], level: settings.level, samples: &samples)
            }
            let baseSetup = baseRecords.filter(isMeasuredOK).compactMap(\.setupSeconds)
            let newSetup = newRecords.filter(isMeasuredOK).compactMap(\.setupSeconds)
            let setup = baseSetup.isEmpty || newSetup.isEmpty ? nil
                : rankEstimate(.setup, base: baseSetup, new: newSetup, name: name, level: settings.level, samples: &samples)
            // Peak PSS of everything a trial ran (format 2); reported, and gated only with --gate-memory.
            let baseMemory = baseRecords.filter(isMeasuredOK).compactMap { MemorySummary.comparablePSS($0.memory) }
            let newMemory = newRecords.filter(isMeasuredOK).compactMap { MemorySummary.comparablePSS($0.memory) }
            let memory = baseMemory.isEmpty || newMemory.isEmpty ? nil
                : rankEstimate(.memory, base: baseMemory, new: newMemory, name: name, level: settings.level, samples: &samples)
            pending.append((key, size, baseWalls.count, newWalls.count, [wall, speedup, setup, memory]))
        }
        let gateTests = RegressionGate.judge(pending.map { ($0.key, min($0.baseTrials, $0.newTrials), $0.estimates) }, settings: settings)
        let judged = judge(pending.map(\.estimates), gate: gateTests, settings: settings)
        let rows = pending.indices.map { index in
            let point = pending[index]
            return ComparisonRow(workload: point.key.workload, strategy: point.key.strategy, workers: point.key.workers, size: point.size,
                                 baseTrials: point.baseTrials, newTrials: point.newTrials, wall: judged[index][0]!,
                                 speedup: judged[index][1], setup: judged[index][2], memory: judged[index][3])
        }
        return Comparison(base: base.label, new: new.label, settings: settings, rows: rows, unmatched: unmatched,
                          geometricMeans: geometricMeans(pending.map { ($0.key, $0.estimates) }, samples: samples, settings: settings),
                          notes: notes(base, new),
                          gate: GateVerdict(tests: gateTests.flatMap { $0.compactMap { $0 } }, minPower: settings.minPower,
                                            threshold: settings.threshold, adjustment: settings.correction == .bh ? "holm" : "none"))
    }

    /// Caveats a reader should see before trusting the ratios.
    static func notes(_ base: ComparisonSide, _ new: ComparisonSide) -> [String] {
        guard let one = base.machine, let other = new.machine else { return [] }
        let describe = { (machine: MachineInfo) in "\(machine.cpuModel), \(machine.cpuCount) CPUs, \(machine.hostname)" }
        guard one.cpuModel != other.cpuModel || one.cpuCount != other.cpuCount || one.hostname != other.hostname else { return [] }
        return ["the sides ran on different machines (base: \(describe(one)); new: \(describe(other))): ratios mix the machine change with the Python change"]
    }

    /// Judges every metric of every point for the listing: the two-sided p-values of every metric of every point
    /// are adjusted together (Benjamini-Hochberg, or raw with `--correction none`); the gate's tests, already
    /// decided, set the verdict of the gating metrics.
    static func judge(_ estimates: [[MetricEstimate?]], gate: [[GateTest?]], settings: ComparisonSettings) -> [[MetricComparison?]] {
        var slots: [(Int, Int)] = []
        for (point, metrics) in estimates.enumerated() {
            for (index, estimate) in metrics.enumerated() where estimate != nil { slots.append((point, index)) }
        }
        let raw = slots.map { estimates[$0.0][$0.1]?.pValue }
        let adjusted = settings.correction == .bh ? BenjaminiHochberg.adjust(raw) : raw
        var judged = estimates.map { $0.map { _ -> MetricComparison? in nil } }
        for (slot, q) in zip(slots, adjusted) {
            judged[slot.0][slot.1] = estimates[slot.0][slot.1]?.judged(qValue: q, gate: gate[slot.0][slot.1], settings: settings)
        }
        return judged
    }

    /// Wall or set-up: Hodges-Lehmann ratio, exact Mann-Whitney interval and test, on log seconds.
    static func rankEstimate(_ metric: ComparisonMetric, base: [Double], new: [Double], name: String, level: Double,
                             samples: inout [String: [Double]]) -> MetricEstimate {
        let keys = ["base|\(name)|\(metric.rawValue)", "new|\(name)|\(metric.rawValue)"]
        let logBase = base.map(log)
        let logNew = new.map(log)
        samples[keys[0]] = logBase
        samples[keys[1]] = logNew
        let shift = HodgesLehmann(logBase, logNew)
        let test = MannWhitney(base, new) // base smaller than new: new slower
        let interval = shift?.interval(level: level).map { ConfidenceInterval(lower: exp($0.lower), upper: exp($0.upper), level: level) }
        return MetricEstimate(
            metric: metric, baseValue: Bootstrap.median(base), newValue: Bootstrap.median(new), ratio: shift.map { exp($0.estimate) } ?? .nan,
            interval: interval, pValue: test?.pValue, oneSidedPValue: test?.lessPValue,
            smallestPValue: MannWhitney.smallestPValue(base.count, new.count),
            gateSamples: GateSamples(kind: .rank, groups: [logBase, logNew]), sampleKeys: keys, statistic: { resampled in exp(HodgesLehmann.estimate(resampled[0], resampled[1])) })
    }

    /// Ratio of speedups new / base: `N x median T(1) / median T(N)` per side for show; the ratio of geometric-mean
    /// speedups with a Welch t test and interval over the log times of all four samples.
    static func speedupEstimate(workers: Int, baseT1: [Double], baseTN: [Double], newT1: [Double], newTN: [Double],
                                keys names: [String], level: Double, samples: inout [String: [Double]]) -> MetricEstimate {
        let n = Double(workers)
        func speedup(_ t1: [Double], _ tn: [Double]) -> Double { n * Bootstrap.median(t1) / Bootstrap.median(tn) }
        let keys = ["base|\(names[0])|wall", "base|\(names[1])|wall", "new|\(names[0])|wall", "new|\(names[1])|wall"]
        let groups = [baseT1, baseTN, newT1, newTN].map { $0.map(log) }
        for (key, group) in zip(keys, groups) { samples[key] = group }
        // log(new speedup / base speedup) = (log T1 - log TN) of new - (log T1 - log TN) of base.
        let weights: [Double] = [-1, 1, 1, -1]
        let contrast = WelchContrast(groups: groups, weights: weights)
        let oriented = WelchContrast(groups: groups, weights: GateDecision.scalingWeights) // positive: speedup fell
        let interval = contrast.map { $0.interval(level: level) }.map { ConfidenceInterval(lower: exp($0.lower), upper: exp($0.upper), level: level) }
        let mean = { (values: [Double]) in values.reduce(0, +) / Double(values.count) }
        let estimate = zip(groups, weights).reduce(0.0) { $0 + $1.1 * mean($1.0) }
        return MetricEstimate(
            metric: .speedup, baseValue: speedup(baseT1, baseTN), newValue: speedup(newT1, newTN), ratio: exp(estimate),
            interval: interval, pValue: contrast?.pValue, oneSidedPValue: oriented?.greaterPValue, smallestPValue: contrast == nil ? nil : 0,
            gateSamples: GateSamples(kind: .scaling, groups: groups), sampleKeys: keys, statistic: { resampled in exp(zip(resampled, weights).reduce(0.0) { $0 + $1.1 * mean($1.0) }) })
    }

    /// Geometric means of each metric's ratio (the rows' ratios: Hodges-Lehmann for wall and set-up, ratio of
    /// geometric-mean speedups for speedup) per strategy x workers, then over every point, each with a percentile bootstrap interval: every replicate resamples each distinct sample once (the T(1) behind the 1-worker wall
    /// time and every speedup is one sample, not one per point) and takes the geometric mean of the ratios computed
    /// from the resamples (a group of one point takes that point's own interval). Resamples whose mean is not finite are counted, not dropped silently. Report only: the
    /// geometric means never gate.
    static func geometricMeans(_ points: [(key: ComparisonPointID, estimates: [MetricEstimate?])], samples: [String: [Double]],
                               settings: ComparisonSettings) -> [GeometricMeanRow] {
        func mean(_ group: [(key: ComparisonPointID, estimates: [MetricEstimate?])], strategy: Strategy?, workers: Int?) -> GeometricMeanRow {
            let name = "geomean|\(strategy?.rawValue ?? "all")|\(workers ?? 0)"
            var nonFinite = 0
            let metrics = (0..<ComparisonMetric.allCases.count).map { index -> (Double?, ConfidenceInterval?) in
                var keys: [String] = []
                for key in group.compactMap({ $0.estimates[index] }).flatMap(\.sampleKeys) where !keys.contains(key) { keys.append(key) }
                let positions = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
                let original = keys.map { samples[$0] ?? [] }
                let estimates = group.compactMap { $0.estimates[index] }.filter { estimate in
                    let ratio = estimate.statistic(estimate.sampleKeys.map { original[positions[$0]!] })
                    return ratio.isFinite && ratio > 0
                }
                let indices = estimates.map { $0.sampleKeys.map { positions[$0]! } }
                let ratios = zip(estimates, indices).map { estimate, indices in estimate.statistic(indices.map { original[$0] }) }
                guard let value = Statistics.geometricMean(ratios) else { return (nil, nil) }
                // One point: its own ratio and the interval that matches its test, not a bootstrap of a few trials.
                if estimates.count == 1 { return (value, estimates[0].interval) }
                let result = Bootstrap.percentile(
                    groups: keys.map { samples[$0] ?? [] }, level: settings.level, resamples: settings.resamples,
                    seed: seed(settings, name + "|\(ComparisonMetric.allCases[index].rawValue)")
                ) { resample in
                    let ratios = zip(estimates, indices).map { estimate, indices in estimate.statistic(indices.map { resample[$0] }) }
                    return Statistics.geometricMean(ratios) ?? .nan
                }
                nonFinite += result.nonFiniteResamples
                return (value, result.interval)
            }
            return GeometricMeanRow(strategy: strategy, workers: workers, points: group.count,
                                    wallRatio: metrics[0].0, speedupRatio: metrics[1].0, setupRatio: metrics[2].0,
                                    wallInterval: metrics[0].1, speedupInterval: metrics[1].1, setupInterval: metrics[2].1,
                                    nonFiniteResamples: nonFinite, memoryRatio: metrics[3].0, memoryInterval: metrics[3].1)
        }
        var groups: [(Strategy, Int)] = []
        for point in points where !groups.contains(where: { $0 == (point.key.strategy, point.key.workers) }) {
            groups.append((point.key.strategy, point.key.workers))
        }
        groups.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        var result = groups.map { strategy, workers in
            mean(points.filter { $0.key.strategy == strategy && $0.key.workers == workers }, strategy: strategy, workers: workers)
        }
        if !points.isEmpty { result.append(mean(points, strategy: nil, workers: nil)) }
        return result
    }

    private static func pointName(_ key: ComparisonPointID) -> String { "\(key.workload)|\(key.strategy.rawValue)|\(key.workers)" }

    private static func isMeasuredOK(_ record: TrialRecord) -> Bool { record.status == .ok && !record.spec.warmup }

    private static func okWalls(_ records: [TrialRecord]) -> [Double] { records.filter(isMeasuredOK).compactMap(\.wallSeconds) }

    private static func failure(_ records: [TrialRecord]) -> String {
        guard let worst = records.max(by: { $0.status.severity < $1.status.severity }) else { return "no trials" }
        let message = worst.message.isEmpty ? "" : " (\(worst.message.prefix(100)))"
        return "no ok trial, \(worst.status.rawValue)\(message)"
    }

    private static func describe(_ sizes: Set<Int>) -> String { sizes.sorted().map(String.init).joined(separator: "/") }

    /// FNV-1a of `name`, mixed with the configured seed: stable across processes, unlike `Hasher`.
    static func seed(_ settings: ComparisonSettings, _ name: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash ^ settings.seed
    }
}

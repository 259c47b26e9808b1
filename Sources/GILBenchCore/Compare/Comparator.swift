// Comparator: computes a Comparison from two sides' trials: ratios of medians, bootstrap intervals, rank tests.
import Foundation

/// Compares the measured trials of two sides point by point (warm-ups ignored).
///
/// Per point (workload x strategy x workers), over the trials that ended ok:
/// - wall and set-up: ratio of medians new / base, a percentile bootstrap interval of that ratio (each side
///   resampled independently), and a Mann-Whitney U test on the raw seconds;
/// - speedup (workers > 1): `N x median T(1) / median T(N)` on each side, as in summary.csv. The bootstrap
///   resamples all four samples (T(1) and T(N) of both sides), so the interval carries the uncertainty of the
///   baseline too; the rank test compares per-trial speedups `N x median T(1) / T(N) of that trial`.
/// A change is significant when the interval excludes 1 and the rank test's p-value, Benjamini-Hochberg adjusted
/// over all compared points of that metric (`settings.correction`), is below 1 - level.
/// Each point and metric gets its own seed, derived from `settings.seed` and the point's name, so reports are
/// reproducible and independent of the order of points.
public enum Comparator {
    /// Compares every point of `base` with the same point of `new` under `settings`.
    public static func compare(base: ComparisonSide, new: ComparisonSide, settings: ComparisonSettings) -> Comparison {
        let baseTrials = ComparisonPoints(base.records)
        let newTrials = ComparisonPoints(new.records)
        var pending: [(key: ComparisonPointID, size: Int, baseTrials: Int, newTrials: Int, wall: MetricEstimate,
                       speedup: MetricEstimate?, setup: MetricEstimate?, memory: MetricEstimate?)] = []
        var unmatched: [UnmatchedPoint] = []
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
            let name = "\(key.workload)|\(key.strategy.rawValue)|\(key.workers)"
            let wall = ratioOfMedians(.wall, base: baseWalls, new: newWalls, settings: settings, seed: seed(settings, name + "|wall"))
            var speedup: MetricEstimate?
            let oneWorker = ComparisonPointID(workload: key.workload, strategy: key.strategy, workers: 1)
            if key.workers > 1, let baseT1 = baseTrials.byPoint[oneWorker].map(okWalls), let newT1 = newTrials.byPoint[oneWorker].map(okWalls),
               !baseT1.isEmpty, !newT1.isEmpty {
                speedup = speedupRatio(workers: key.workers, baseT1: baseT1, baseTN: baseWalls, newT1: newT1, newTN: newWalls,
                                       settings: settings, seed: seed(settings, name + "|speedup"))
            }
            let baseSetup = baseRecords.filter(isMeasuredOK).compactMap(\.setupSeconds)
            let newSetup = newRecords.filter(isMeasuredOK).compactMap(\.setupSeconds)
            let setup = baseSetup.isEmpty || newSetup.isEmpty ? nil
                : ratioOfMedians(.setup, base: baseSetup, new: newSetup, settings: settings, seed: seed(settings, name + "|setup"))
            let baseMemory = baseRecords.filter(isMeasuredOK).compactMap { MemorySummary.comparablePSS($0.memory) }
            let newMemory = newRecords.filter(isMeasuredOK).compactMap { MemorySummary.comparablePSS($0.memory) }
            let memory = baseMemory.isEmpty || newMemory.isEmpty ? nil
                : ratioOfMedians(.memory, base: baseMemory, new: newMemory, settings: settings, seed: seed(settings, name + "|memory"))
            pending.append((key, size, baseWalls.count, newWalls.count, wall, speedup, setup, memory))
        }
        let walls = judge(pending.map { Optional($0.wall) }, settings: settings).compactMap { $0 }
        let speedups = judge(pending.map { $0.speedup }, settings: settings)
        let setups = judge(pending.map { $0.setup }, settings: settings)
        let memories = judge(pending.map { $0.memory }, settings: settings)
        let rows = pending.indices.map { index in
            let point = pending[index]
            return ComparisonRow(workload: point.key.workload, strategy: point.key.strategy, workers: point.key.workers, size: point.size,
                                 baseTrials: point.baseTrials, newTrials: point.newTrials, wall: walls[index],
                                 speedup: speedups[index], setup: setups[index], memory: memories[index])
        }
        return Comparison(base: base.label, new: new.label, settings: settings, rows: rows, unmatched: unmatched,
                          geometricMeans: geometricMeans(pending.map { ($0.key, [$0.wall, $0.speedup, $0.setup, $0.memory]) }, settings: settings),
                          notes: notes(base, new))
    }

    /// Caveats a reader should see before trusting the ratios.
    static func notes(_ base: ComparisonSide, _ new: ComparisonSide) -> [String] {
        guard let one = base.machine, let other = new.machine else { return [] }
        let describe = { (machine: MachineInfo) in "\(machine.cpuModel), \(machine.cpuCount) CPUs, \(machine.hostname)" }
        guard one.cpuModel != other.cpuModel || one.cpuCount != other.cpuCount || one.hostname != other.hostname else { return [] }
        return ["the sides ran on different machines (base: \(describe(one)); new: \(describe(other))): ratios mix the machine change with the Python change"]
    }

    /// Judges one metric over every point: adjusts the p-values together, then applies interval, q and threshold.
    static func judge(_ estimates: [MetricEstimate?], settings: ComparisonSettings) -> [MetricComparison?] {
        let raw = estimates.map { $0?.pValue }
        let adjusted = settings.correction == .bh ? BenjaminiHochberg.adjust(raw) : raw
        return zip(estimates, adjusted).map { estimate, q in estimate?.judged(qValue: q, settings: settings) }
    }

    /// Ratio of medians of one metric with its bootstrap interval and rank test.
    static func ratioOfMedians(_ metric: ComparisonMetric, base: [Double], new: [Double], settings: ComparisonSettings,
                               seed: UInt64) -> MetricEstimate {
        let interval = Bootstrap.ratioOfMedians(base: base, new: new, level: settings.level, resamples: settings.resamples, seed: seed)
        return MetricEstimate(metric: metric, baseValue: Bootstrap.median(base), newValue: Bootstrap.median(new), interval: interval,
                              pValue: MannWhitney(base, new)?.pValue, groups: [base, new]) { Bootstrap.median($0[1]) / Bootstrap.median($0[0]) }
    }

    /// Ratio of speedups `N x median T(1) / median T(N)`, new / base.
    static func speedupRatio(workers: Int, baseT1: [Double], baseTN: [Double], newT1: [Double], newTN: [Double],
                             settings: ComparisonSettings, seed: UInt64) -> MetricEstimate {
        let n = Double(workers)
        func speedup(_ t1: [Double], _ tn: [Double]) -> Double { n * Bootstrap.median(t1) / Bootstrap.median(tn) }
        let ratio = { (groups: [[Double]]) in speedup(groups[2], groups[3]) / speedup(groups[0], groups[1]) }
        let groups = [baseT1, baseTN, newT1, newTN]
        let interval = Bootstrap.percentileInterval(groups: groups, level: settings.level, resamples: settings.resamples, seed: seed,
                                                    statistic: ratio)
        let perTrial = { (t1: [Double], tn: [Double]) in tn.map { n * Bootstrap.median(t1) / $0 } }
        return MetricEstimate(metric: .speedup, baseValue: speedup(baseT1, baseTN), newValue: speedup(newT1, newTN), interval: interval,
                              pValue: MannWhitney(perTrial(baseT1, baseTN), perTrial(newT1, newTN))?.pValue, groups: groups,
                              statistic: ratio)
    }

    /// Geometric means of each metric's ratio per strategy x workers, then over every point, each with a bootstrap
    /// interval: every resample redraws the trials of every point in the group and takes the geometric mean of the
    /// resampled ratios. Report only: the geometric means never gate.
    static func geometricMeans(_ points: [(key: ComparisonPointID, estimates: [MetricEstimate?])],
                               settings: ComparisonSettings) -> [GeometricMeanRow] {
        func mean(_ group: [(key: ComparisonPointID, estimates: [MetricEstimate?])], strategy: Strategy?, workers: Int?) -> GeometricMeanRow {
            let name = "geomean|\(strategy?.rawValue ?? "all")|\(workers ?? 0)"
            let metrics = (0..<ComparisonMetric.allCases.count).map { index -> (Double?, ConfidenceInterval?) in
                let estimates = group.compactMap { $0.estimates[index] }.filter { $0.ratio.isFinite && $0.ratio > 0 }
                guard let value = Statistics.geometricMean(estimates.map(\.ratio)) else { return (nil, nil) }
                var offsets: [Int] = []
                var groups: [[Double]] = []
                for estimate in estimates {
                    offsets.append(groups.count)
                    groups += estimate.groups
                }
                let interval = Bootstrap.percentileInterval(
                    groups: groups, level: settings.level, resamples: settings.resamples,
                    seed: seed(settings, name + "|\(ComparisonMetric.allCases[index].rawValue)")
                ) { resample in
                    let ratios = zip(estimates, offsets).map { estimate, offset in
                        estimate.statistic(Array(resample[offset..<offset + estimate.groups.count]))
                    }
                    return Statistics.geometricMean(ratios) ?? .nan
                }
                return (value, interval)
            }
            return GeometricMeanRow(strategy: strategy, workers: workers, points: group.count,
                                    wallRatio: metrics[0].0, speedupRatio: metrics[1].0, setupRatio: metrics[2].0,
                                    wallInterval: metrics[0].1, speedupInterval: metrics[1].1, setupInterval: metrics[2].1,
                                    memoryRatio: metrics[3].0, memoryInterval: metrics[3].1)
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

    private static func isMeasuredOK(_ record: TrialRecord) -> Bool { record.status == .ok && !record.spec.warmup }

    private static func okWalls(_ records: [TrialRecord]) -> [Double] { records.filter(isMeasuredOK).compactMap(\.wallSeconds) }

    private static func failure(_ records: [TrialRecord]) -> String {
        guard let worst = records.max(by: { $0.status.severity < $1.status.severity }) else { return "no trials" }
        let message = worst.message.isEmpty ? "" : " (\(worst.message.prefix(100)))"
        return "no ok trial, \(worst.status.rawValue)\(message)"
    }

    private static func describe(_ sizes: Set<Int>) -> String { sizes.sorted().map(String.init).joined(separator: "/") }

    /// FNV-1a of `name`, mixed with the configured seed: stable across processes, unlike `Hasher`.
    private static func seed(_ settings: ComparisonSettings, _ name: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash ^ settings.seed
    }
}

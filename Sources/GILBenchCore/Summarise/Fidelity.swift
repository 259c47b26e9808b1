// Fidelity: how closely gilbench's C-API strategies resemble the plain-Python pools that do the same thing.
import Foundation

/// Pairs every C-API strategy with its Python-level twin (`Strategy.cAPICounterpart`: threads with thread-pool,
/// subinterpreters with interpreter-pool, processes with the process-pool variants) at each Python, workload and
/// worker count both measured at the same size, and estimates twin / strategy wall time the way `compare` does:
/// the Hodges-Lehmann ratio of the measured ok trials' wall times, with the exact interval that inverts the
/// Mann-Whitney test (`HodgesLehmann` on log seconds). gilbench's numbers are worth what their resemblance to
/// plain Python is worth; a ratio beyond `threshold` either way is a finding.
public enum Fidelity {
    /// 10%: a point whose ratio's point estimate lies outside [0.9, 1.1] is named a finding.
    public static let threshold = 0.10
    /// The confidence level of the intervals.
    public static let level = 0.95

    /// Every point where a strategy and its twin both have measured ok trials, ordered by Python and workload as
    /// first recorded, then strategy, twin and worker count. Empty when the run holds no such pair.
    public static func points(_ records: [TrialRecord], level: Double = Fidelity.level) -> [FidelityPoint] {
        struct Side: Hashable {
            let python: PythonInstallation
            let workload: String
            let strategy: Strategy
            let workers: Int
        }
        var walls: [Side: [Double]] = [:]
        var sizes: [Side: Set<Int>] = [:]
        var pythons: [PythonInstallation] = []
        var workloads: [String] = []
        for record in records where !record.spec.warmup && record.status == .ok {
            guard let seconds = record.wallSeconds, seconds > 0 else { continue }
            let spec = record.spec
            let side = Side(python: spec.python, workload: spec.workload.name, strategy: spec.strategy, workers: spec.workers)
            if !pythons.contains(spec.python) { pythons.append(spec.python) }
            if !workloads.contains(side.workload) { workloads.append(side.workload) }
            walls[side, default: []].append(seconds)
            sizes[side, default: []].insert(spec.size)
        }
        // threads' twin first, then subinterpreters', then processes'.
        let twins = Strategy.allCases.filter { $0.cAPICounterpart != nil }.sorted { ($0.cAPICounterpart!, $0) < ($1.cAPICounterpart!, $1) }
        var points: [FidelityPoint] = []
        for python in pythons {
            for workload in workloads {
                for twin in twins {
                    guard let strategy = twin.cAPICounterpart else { continue }
                    let counts = Set(walls.keys.filter { $0.python == python && $0.workload == workload && $0.strategy == twin }.map(\.workers))
                    for workers in counts.sorted() {
                        let mine = Side(python: python, workload: workload, strategy: strategy, workers: workers)
                        let theirs = Side(python: python, workload: workload, strategy: twin, workers: workers)
                        // Sorted samples: the same trials give the same numbers whatever order they were recorded in.
                        guard let strategyWalls = walls[mine]?.sorted(), let twinWalls = walls[theirs]?.sorted(),
                              let sizesMine = sizes[mine], sizesMine.count == 1, sizesMine == sizes[theirs],
                              let shift = HodgesLehmann(strategyWalls.map(log), twinWalls.map(log)) else { continue }
                        let interval = shift.interval(level: level).map {
                            ConfidenceInterval(lower: exp($0.lower), upper: exp($0.upper), level: level)
                        }
                        points.append(FidelityPoint(
                            pythonLabel: python.label, pythonVersion: python.version, pythonBuild: python.build,
                            workload: workload, strategy: strategy, twin: twin, workers: workers,
                            strategySeconds: Statistics.quantile(strategyWalls, 0.5), twinSeconds: Statistics.quantile(twinWalls, 0.5),
                            ratio: exp(shift.estimate), interval: interval,
                            strategyTrials: strategyWalls.count, twinTrials: twinWalls.count))
                    }
                }
            }
        }
        return points
    }
}

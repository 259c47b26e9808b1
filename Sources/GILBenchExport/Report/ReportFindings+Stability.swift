// ReportFindings+Stability: what a finding rests on: ties where trial ranges overlap, and the warnings of its points.
import GILBenchCore

extension ReportFindings {
    /// Whether two speedups cannot be ranked: their fastest-to-slowest ranges overlap (no range: never tied).
    static func tied(_ one: SpeedupGeomean, _ other: SpeedupGeomean) -> Bool {
        guard let low1 = one.speedupMinimum, let high1 = one.speedupMaximum,
              let low2 = other.speedupMinimum, let high2 = other.speedupMaximum else { return false }
        return low1 <= high2 && low2 <= high1
    }

    /// "a and b", "a, b and c".
    static func listed(_ names: [String]) -> String {
        names.count <= 2 ? names.joined(separator: " and ") : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// Whether two summary rows' speedup ranges overlap.
    static func tied(_ one: SummaryRow, _ other: SummaryRow) -> Bool {
        guard let low1 = one.speedupMinimum, let high1 = one.speedupMaximum,
              let low2 = other.speedupMinimum, let high2 = other.speedupMaximum else { return false }
        return low1 <= high2 && low2 <= high1
    }

    /// The distinct warning codes on the points a statement rests on: `rows` and the 1-worker baselines of their
    /// lines (every speedup divides by T(1)).
    static func warningCodes(restingOn rows: [SummaryRow], in summary: [SummaryRow]) -> [StabilityWarning.Code] {
        var points = rows
        for row in rows {
            points += summary.filter {
                $0.workers == 1 && $0.python == row.python
                    && $0.workload == row.workload && $0.strategy == row.strategy
            }
        }
        let codes = Set(points.flatMap { $0.warnings.map(\.code) })
        return StabilityWarning.Code.allCases.filter(codes.contains)
    }

    /// " Provisional: this rests on points with stability warnings (short-call, high-load; see Stability)." or "".
    static func caveat(_ codes: [StabilityWarning.Code]) -> String {
        guard !codes.isEmpty else { return "" }
        return " Provisional: this rests on points with stability warnings (\(codes.map(\.rawValue).joined(separator: ", ")); see Stability below)."
    }

    /// The summary rows behind geometric-mean rows (every workload of that Python, strategy and worker count).
    static func rows(behind means: [SpeedupGeomean], in summary: [SummaryRow]) -> [SummaryRow] {
        summary.filter { row in
            means.contains {
                $0.python == row.python && $0.strategy == row.strategy && $0.workers == row.workers
            }
        }
    }

    /// For the strategies at `workers` that fell short of the ideal, whether their workers all slowed down
    /// (contention: median worker time over its 1-worker value) or ran at full speed and finished apart
    /// (stragglers: wall time over the median worker time). Nil when every strategy came within 80% of ideal.
    static func contentionSentence(_ summary: [SummaryRow], version: String, build: String, label: String,
                                   workers: Int, cpus: Int) -> String? {
        let ideal = Double(min(workers, cpus))
        let short = summary.filter {
            $0.python == PythonIdentity(version: version, build: build) && $0.workers == workers
                && ($0.speedup ?? ideal) < 0.8 * ideal && $0.workerContention != nil
                // A call of microseconds measures wake-up latency, not contention: nothing to explain.
                && !$0.warnings.contains { $0.code == .shortCall }
        }
        guard !short.isEmpty else { return nil }
        var slowed: [String: [Double]] = [:]
        var straggled: [String: [Double]] = [:]
        for row in short {
            guard let contention = row.workerContention, let straggler = WorkerContention.stragglerRatio(of: row) else { continue }
            // Contention explains the shortfall when the workers' own slowdown accounts for most of it.
            let expected = Double(workers) / max(row.speedup ?? 1, 0.01)
            if contention >= 0.5 * expected + 0.5 { slowed[row.strategy.rawValue, default: []].append(contention) }
            else { straggled[row.strategy.rawValue, default: []].append(straggler) }
        }
        var parts: [String] = []
        for strategy in Strategy.allCases.map(\.rawValue) {
            if let values = slowed[strategy], let median = Statistics(values)?.median {
                parts.append("\(strategy): every worker slowed down, \(String(format: "%.2f×", median)) its time alone (contention)")
            } else if let values = straggled[strategy], let median = Statistics(values)?.median {
                parts.append("\(strategy): the workers ran near full speed but finished apart, the wall time \(String(format: "%.2f×", median)) the median worker's (they ran one after another, or one started late or straggled)")
            }
        }
        guard !parts.isEmpty else { return nil }
        return "Why scaling fell short at \(workers) workers (Python \(label)): " + parts.joined(separator: "; ") + "."
            + caveat(warningCodes(restingOn: short, in: summary))
    }
}

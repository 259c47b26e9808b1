// ReportFindings+Stability: the words for what a finding rests on (caveats naming warnings), and why scaling fell short.
import GILBenchCore

extension ReportFindings {
    /// "a and b", "a, b and c".
    static func listed(_ names: [String]) -> String {
        names.count <= 2 ? names.joined(separator: " and ") : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// " Provisional: this rests on points with stability warnings (short-call, high-load; see Stability)." or "".
    static func caveat(_ codes: [StabilityWarning.Code]) -> String {
        guard !codes.isEmpty else { return "" }
        return " Provisional: this rests on points with stability warnings (\(codes.map(\.rawValue).joined(separator: ", ")); see Stability below)."
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
            + caveat(FindingFacts.warningCodes(restingOn: short, in: summary))
    }
}

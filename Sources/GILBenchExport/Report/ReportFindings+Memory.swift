// ReportFindings+Memory: the memory-vs-speed trade-off of each strategy, in one sentence per Python.
import Foundation
import GILBenchCore

extension ReportFindings {
    /// "Speed and memory per worker at 2 workers (Python 3.13.0, nbody): processes 1.96×, 9.8 MiB PSS per worker;
    /// subinterpreters 1.88×, 2.4 MiB; ...", or nil when the run measured no memory. With several workloads the
    /// speedup is their geometric mean and the memory their median.
    static func memorySentence(_ summary: [SummaryRow], version: String, build: String, label: String, focus: Int,
                               workloads: [String]) -> String? {
        let rows = summary.filter { $0.python == PythonIdentity(version: version, build: build) && $0.workers == focus }
        let clauses = Strategy.allCases.compactMap { strategy -> String? in
            let mine = rows.filter { $0.strategy == strategy }
            guard let perWorker = Statistics(mine.compactMap { $0.memory?.pssPerWorkerBytes })?.median else { return nil }
            let speedup = Statistics.geometricMean(mine.compactMap(\.speedup))
            let speed = speedup.map { String(format: "%.2f×", $0) } ?? "no speedup"
            return "\(strategy.rawValue) \(speed), \(String(format: "%.1f", perWorker / 1_048_576)) MiB"
        }
        guard !clauses.isEmpty else { return nil }
        let subject = workloads.count > 1 ? "geometric-mean speedup and median memory over \(workloads.count) workloads" : "workload \(workloads.first ?? "")"
        return "Speed and memory per worker at \(focus) workers (Python \(label), \(subject)): \(clauses.joined(separator: "; ")) "
            + "(PSS per worker = (peak PSS of the trial - PSS of a host with no worker) / workers; processes are the installation's own python)."
    }
}

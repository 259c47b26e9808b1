// ReportFindings: a few plain sentences computed from a run's summary, for the top of report.md.
import Foundation
import GILBenchCore
import GILBenchResults

/// States what the numbers show: which strategy scaled best and by how much, what a worker costs to start,
/// how the Pythons compare, and what did not run and why. Only facts from the summary; no guesses.
public enum ReportFindings {
    /// One finding per element, each a complete sentence (or two), in reading order.
    public static func sentences(_ results: RunResults) -> [String] {
        let summary = results.summary
        guard !summary.isEmpty else { return ["No trial was recorded."] }
        let cores = results.metadata.machine.usableCPUCount
        let counts = Array(Set(summary.map(\.workers))).sorted()
        // Compare at the most workers that still have a core each: beyond that, no strategy can gain.
        let focus = counts.filter { $0 <= cores && $0 > 1 }.max() ?? counts.max() ?? 1
        let geomeans = SpeedupGeomean.rows(summary)
        let options = results.metadata.options
        let workloads = ChartPlan.ordered(summary.map(\.workload).uniqued(), by: options.workloads.map(\.name))
        let over = workloads.count > 1 ? "geometric mean over the \(workloads.count) workloads" : "workload \(workloads[0])"
        var sentences: [String] = []
        let pythons = ChartPlan.ordered(summary.map(\.python).uniqued(),
                                        by: options.pythons.map(\.identity))

        for python in pythons {
            let mine = geomeans.filter { $0.python == python && $0.workers == focus }
                .sorted { $0.speedup > $1.speedup }
            if let best = mine.first {
                let name = { (strategy: Strategy) in strategyName(strategy, python: python, summary: summary) }
                // Strategies whose trial ranges overlap the best one's cannot be ranked against it.
                let ties = mine.dropFirst().filter { FindingFacts.tied(best, $0) }
                var text = "Python \(python.label)\(buildNote(python, summary: summary)), \(focus) workers on \(cores) CPUs: "
                if ties.isEmpty {
                    text += "\(name(best.strategy)) scaled best, "
                } else {
                    text += "\(listed(([best] + ties).map { name($0.strategy) })) are tied: \(name(best.strategy)) "
                }
                text += "\(times(best.speedup)) speedup (\(percent(best.efficiency)) efficiency; ideal \(times(Double(min(focus, cores)))); \(over))"
                if !ties.isEmpty {
                    text += ", " + ties.map { "\(name($0.strategy)) \(times($0.speedup))" }.joined(separator: ", ") + ", with overlapping fastest-to-slowest trial ranges"
                }
                let rest = mine.dropFirst().filter { other in !ties.contains { $0.strategy == other.strategy } }.map { "\(name($0.strategy)) \(times($0.speedup))" }
                text += rest.isEmpty ? "." : ", ahead of " + rest.joined(separator: ", ") + "."
                if let threads = mine.first(where: { $0.strategy == .threads }), threads.strategy != best.strategy, threads.speedup > 0, !FindingFacts.tied(best, threads) {
                    text += " That is \(times(best.speedup / threads.speedup)) the speedup of threads"
                    switch lockModel(.threads, python: python, summary: summary) {
                    case .some(.shared): text += ", which share one GIL."
                    case .some(.none): text += ", which run in parallel without a GIL."
                    default: text += "."  // another lock model, or none recorded
                    }
                }
                text += caveat(FindingFacts.warningCodes(restingOn: FindingFacts.rows(behind: mine, in: summary), in: summary))
                sentences.append(text)
            }
            if let why = contentionSentence(summary, version: python.version, build: python.build, label: python.label, workers: focus, cpus: cores) {
                sentences.append(why)
            }
            var perWorkloadRows: [SummaryRow] = []
            let perWorkload = workloads.compactMap { workload -> String? in
                let points = summary.filter { $0.python == python && $0.workload == workload && $0.workers == focus }
                guard let top = points.filter({ $0.speedup != nil }).max(by: { $0.speedup! < $1.speedup! }) else { return nil }
                perWorkloadRows += points.filter { $0.speedup != nil }
                let ties = points.filter { $0.strategy != top.strategy && $0.speedup != nil && FindingFacts.tied(top, $0) }.map(\.strategy.rawValue)
                return "\(workload) \(top.strategy.rawValue) \(times(top.speedup!))" + (ties.isEmpty ? "" : " (tied with \(ties.joined(separator: ", ")))")
            }
            if workloads.count > 1 && !perWorkload.isEmpty {
                sentences.append("Best per workload at \(focus) workers (Python \(python.label)): \(perWorkload.joined(separator: "; "))." + caveat(FindingFacts.warningCodes(restingOn: perWorkloadRows, in: summary)))
            }
            let setups = Strategy.allCases.compactMap { strategy -> String? in
                let values = summary.filter { $0.python == python && $0.strategy == strategy && $0.workers == 1 }
                    .compactMap { $0.setup?.median }
                guard let median = Statistics(values)?.median else { return nil }
                return "\(String(format: "%.1f", median * 1000)) ms with \(strategy.rawValue)"
            }
            if !setups.isEmpty {
                sentences.append("Starting one worker took \(setups.joined(separator: ", ")) (Python \(python.label); median of the 1-worker trials\(workloads.count > 1 ? " over workloads" : "")).")
            }
            if let memory = memorySentence(summary, version: python.version, build: python.build, label: python.label, focus: focus, workloads: workloads) {
                sentences.append(memory)
            }
        }

        if pythons.count > 1 {
            let comparisons = Strategy.allCases.compactMap { strategy -> String? in
                let values = pythons.compactMap { python -> String? in
                    geomeans.first { $0.python == python && $0.strategy == strategy && $0.workers == focus }
                        .map { "\(times($0.speedup)) on \(python.label)" }
                }
                return values.count > 1 ? "\(strategy.rawValue) \(values.joined(separator: ", "))" : nil
            }
            if !comparisons.isEmpty {
                let compared = FindingFacts.rows(behind: geomeans.filter { $0.workers == focus }, in: summary)
                sentences.append("Across Pythons at \(focus) workers (\(over)): \(comparisons.joined(separator: "; "))." + caveat(FindingFacts.warningCodes(restingOn: compared, in: summary)))
            }
        }

        if let highest = counts.max(), highest > cores {
            let beyond = geomeans.filter { $0.workers == highest }.max { $0.speedup < $1.speedup }
            if let beyond {
                sentences.append("Beyond the \(cores) cores, at \(highest) workers, the best speedup was \(times(beyond.speedup)) (\(beyond.strategy.rawValue), Python \(beyond.python.label)): more workers than cores cannot add speed, only share it." + caveat(FindingFacts.warningCodes(restingOn: FindingFacts.rows(behind: [beyond], in: summary), in: summary)))
            }
        }
        sentences += throughputSentences(results, focus: focus)
        sentences += fidelitySentences(results)
        sentences += problemSentences(summary)
        let noisy = summary.filter { $0.workers == focus }.compactMap { row -> Double? in
            guard let speedup = row.speedup, let low = row.speedupMinimum, let high = row.speedupMaximum, speedup > 0 else { return nil }
            return (high - low) / speedup
        }.max()
        if let noisy, noisy > 0.3 {
            sentences.append("Trials varied widely (the fastest and slowest differ by up to \(percent(noisy)) of a speedup at \(focus) workers): repeat with more --repeat, on an idle machine, before reading small differences.")
        }
        return sentences
    }

    /// What did not run (unsupported) or failed, grouped by Python and strategy, with the recorded reason.
    private static func problemSentences(_ summary: [SummaryRow]) -> [String] {
        var sentences: [String] = []
        var seen = Set<String>()
        for row in summary where row.status != .ok {
            let python = row.python
            if row.status == .unsupported {
                let key = "unsupported|\(python.label)|\(row.strategy.rawValue)"
                guard seen.insert(key).inserted else { continue }
                sentences.append("\(row.strategy.rawValue) did not run on Python \(python.label) (unsupported): \(row.message)")
            } else {
                let key = "failed|\(python.label)|\(row.workload)|\(row.strategy.rawValue)"
                guard seen.insert(key).inserted else { continue }
                let points = summary.filter { $0.python == row.python && $0.workload == row.workload && $0.strategy == row.strategy && $0.status.isFailure }
                let where_ = points.map { "\($0.workers)" }.joined(separator: ", ")
                sentences.append("\(row.workload) with \(row.strategy.rawValue) on Python \(python.label) failed (\(row.status.rawValue)) at \(where_) worker(s): \(row.message.isEmpty ? "no message recorded" : row.message) (see trials.csv).")
            }
        }
        return sentences
    }

    static func times(_ value: Double) -> String { String(format: "%.2f×", value) }
    static func percent(_ value: Double) -> String { String(format: "%.0f%%", value * 100) }
}

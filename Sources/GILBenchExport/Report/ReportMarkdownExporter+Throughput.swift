// ReportMarkdownExporter+Throughput: the report's words on the common baseline and the single-thread-cost section.
import Foundation
import GILBenchCore
import GILBenchResults

extension ReportMarkdownExporter {
    /// One or two sentences defining throughput against the run's baseline and the `gil` column.
    func throughputIntroduction(_ results: RunResults) -> String {
        var text = "The gil column is the lock model a row ran under: shared (one GIL for all workers), per-interpreter "
        text += "(own-GIL sub-interpreters), per-process, or none (a free-threaded build without a GIL: threads and legacy "
        text += "sub-interpreters run in parallel)."
        if let baseline = results.summary.lazy.compactMap(\.baseline).first {
            text += " Throughput vs baseline = workers × T_baseline(1) / T(workers), T_baseline(1) being the median 1-worker "
            text += "time of \(MarkdownText.inline(baseline.label)) on the same workload: unlike speedup, it also counts how fast one worker of each "
            text += "Python and strategy is, so 1.00 is one worker at the baseline's pace."
        }
        return text
    }

    /// "## Single-thread cost of free-threaded builds": per free-threaded build with its GIL twin in the run, the ratio
    /// of 1-worker `threads` medians per workload and their geometric mean, with 95% bootstrap intervals. Empty when
    /// the run has no such pair.
    func singleThreadCostSection(_ results: RunResults) -> String {
        let costs = SingleThreadCost.estimates(results.records, pythons: results.metadata.options.pythons)
        guard !costs.isEmpty else { return "" }
        var text = "## Single-thread cost of free-threaded builds\n\n"
        text += "Median 1-worker wall time of each free-threaded build divided by that of the GIL build of the same release "
        text += "(above 1: slower single-threaded), with a 95% percentile-bootstrap interval (\(Bootstrap.defaultResamples) "
        text += "resamples, fixed seed); the geometric mean's interval redraws the trials of every workload.\n"
        for cost in costs {
            text += "\n### \(markdownCell(cost.freeThreadedLabel)) against \(markdownCell(cost.gilLabel)) (\(cost.strategy.rawValue), 1 worker)\n\n"
            text += "| workload | \(markdownCell(cost.gilLabel)) s | \(markdownCell(cost.freeThreadedLabel)) s | ratio | 95% CI | trials |\n|---|---:|---:|---:|---|---:|\n"
            for point in cost.points {
                text += "| \(markdownCell(point.workload)) | " + String(format: "%.3f | %.3f | %.3f", point.gilSeconds, point.freeThreadedSeconds, point.ratio)
                text += " | \(Self.interval(point.interval)) | \(point.gilTrials) / \(point.freeThreadedTrials) |\n"
            }
            if let mean = cost.geometricMean {
                text += String(format: "| geometric mean | | | %.3f", mean) + " | \(Self.interval(cost.geometricMeanInterval)) | |\n"
            }
        }
        return text + "\n"
    }

    private static func interval(_ interval: ConfidenceInterval?) -> String {
        interval.map { String(format: "%.3f–%.3f", $0.lower, $0.upper) } ?? "–"
    }

    private func markdownCell(_ text: String) -> String {
        MarkdownText.inline(text)
    }
}

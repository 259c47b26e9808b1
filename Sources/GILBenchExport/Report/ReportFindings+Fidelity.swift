// ReportFindings+Fidelity: the findings on how far each C-API strategy's wall times lie from its Python-level twin's.
import Foundation
import GILBenchCore
import GILBenchResults

extension ReportFindings {
    /// The most points one fidelity finding names before "and N more".
    static let fidelityListLimit = 6

    /// One sentence per Python and strategy pair: the points whose twin / strategy ratio lies beyond
    /// `Fidelity.threshold` (each with its interval and whether that interval settles it), or that every point
    /// lies within it.
    static func fidelitySentences(_ results: RunResults) -> [String] {
        let points = Fidelity.points(results.records)
        var groups: [(python: String, strategy: Strategy, twin: Strategy)] = []
        for point in points where !groups.contains(where: { $0 == (point.pythonLabel, point.strategy, point.twin) }) {
            groups.append((point.pythonLabel, point.strategy, point.twin))
        }
        let band = String(format: "%.0f%%", Fidelity.threshold * 100)
        return groups.map { group in
            let mine = points.filter { ($0.pythonLabel, $0.strategy, $0.twin) == group }
            let beyond = mine.filter(\.isBeyondThreshold)
            let pair = "\(group.twin.rawValue) (Python-level) against \(group.strategy.rawValue)"
            var text = "Fidelity on Python \(group.python), \(pair): "
            let caveatRows = results.summary.filter { row in
                (beyond.isEmpty ? mine : beyond).contains {
                    $0.python == row.python && $0.workload == row.workload
                        && $0.workers == row.workers && ($0.strategy == row.strategy || $0.twin == row.strategy)
                }
            }
            if beyond.isEmpty {
                let ratios = mine.map(\.ratio)
                let within = mine.filter(\.isIntervalWithinThreshold).count
                text += "within \(band) at all \(mine.count) point\(mine.count == 1 ? "" : "s") "
                text += "(twin / strategy wall time \(times(ratios.min()!))\(ratios.count > 1 ? " to \(times(ratios.max()!))" : ""); "
                text += "\(within) of \(mine.count) with the whole 95% interval inside that band)."
            } else {
                text += "the twin's wall time differs from the strategy's by more than \(band) at \(beyond.count) of \(mine.count) point\(mine.count == 1 ? "" : "s"): "
                let named = beyond.prefix(fidelityListLimit).map { point -> String in
                    var item = "\(point.workload) at \(point.workers) worker\(point.workers == 1 ? "" : "s") \(times(point.ratio))"
                    if let interval = point.interval {
                        let range = String(format: "%.2f–%.2f", interval.lower, interval.upper)
                        item += point.isIntervalBeyondThreshold
                            ? " (95% interval \(range), beyond \(band) throughout)"
                            : " (95% interval \(range) reaches within \(band): more --repeat would settle it)"
                    } else {
                        item += " (too few trials for a 95% interval)"
                    }
                    return item
                }
                text += named.joined(separator: ", ")
                if beyond.count > fidelityListLimit { text += ", and \(beyond.count - fidelityListLimit) more" }
                text += ". Ratio = twin / strategy wall time: below 1 the plain-Python pool was faster (see Fidelity)."
            }
            return text + caveat(FindingFacts.warningCodes(restingOn: caveatRows, in: results.summary))
        }
    }
}

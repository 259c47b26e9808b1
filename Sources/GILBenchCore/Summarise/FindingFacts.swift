// FindingFacts: the facts a finding of report.md rests on: ties, the rows behind a mean, their warnings.

/// The number-finding half of report.md's findings; `ReportFindings` (GILBenchExport) puts them into words.
public enum FindingFacts {
    /// Whether two speedups cannot be ranked: their fastest-to-slowest ranges overlap (no range: never tied).
    public static func tied(_ one: SpeedupGeomean, _ other: SpeedupGeomean) -> Bool {
        guard let low1 = one.speedupMinimum, let high1 = one.speedupMaximum,
              let low2 = other.speedupMinimum, let high2 = other.speedupMaximum else { return false }
        return low1 <= high2 && low2 <= high1
    }

    /// Whether two summary rows' speedup ranges overlap.
    public static func tied(_ one: SummaryRow, _ other: SummaryRow) -> Bool {
        guard let low1 = one.speedupMinimum, let high1 = one.speedupMaximum,
              let low2 = other.speedupMinimum, let high2 = other.speedupMaximum else { return false }
        return low1 <= high2 && low2 <= high1
    }

    /// The distinct warning codes on the points a statement rests on: `rows` and the 1-worker baselines of their
    /// lines (every speedup divides by T(1)).
    public static func warningCodes(restingOn rows: [SummaryRow], in summary: [SummaryRow]) -> [StabilityWarning.Code] {
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

    /// The summary rows behind geometric-mean rows (every workload of that Python, strategy and worker count).
    public static func rows(behind means: [SpeedupGeomean], in summary: [SummaryRow]) -> [SummaryRow] {
        summary.filter { row in
            means.contains {
                $0.python == row.python && $0.strategy == row.strategy && $0.workers == row.workers
            }
        }
    }
}

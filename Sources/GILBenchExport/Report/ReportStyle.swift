// ReportStyle: how much of report.md a run gets: every table and chart, or a compact survey.
import GILBenchResults

/// `full`: every section, table and chart of report.md. `compact`: for surveys of many workloads (a
/// `--suite pyperformance` run): findings, stability, machine, command, the speedup table, compatibility and
/// the charts over all workloads; the per-workload time, throughput, contention, API-cost and fidelity tables and
/// the per-workload charts are left out of the report (their CSVs and chart files are not).
public enum ReportStyle: String, CaseIterable, Sendable {
    case full
    case compact

    /// Beyond this many workloads a run is a survey and gets the compact report unless asked otherwise.
    public static let surveyWorkloadCount = 16

    /// `compact` for a run of more than `surveyWorkloadCount` workloads, else `full`. Derived from the results,
    /// so `gilbench plot` on the folder picks the style `gilbench run` picked.
    public static func automatic(for results: RunResults) -> ReportStyle {
        Set(results.summary.map(\.workload)).count > surveyWorkloadCount ? .compact : .full
    }

}

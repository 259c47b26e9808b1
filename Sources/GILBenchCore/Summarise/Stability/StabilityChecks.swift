// StabilityChecks: runs every stability rule over a summary and attaches the warnings (and contention) to its rows.

/// The rules, in the order their warnings are listed.
public enum StabilityChecks {
    public static let rules: [any StabilityRule] = [
        ShortCallRule(), FewTrialsRule(), HighSpreadRule(), SpeedupAboveIdealRule(), HighLoadRule(), FrequencyScalingRule(),
        LeftProcessesRule(),
    ]

    /// `summary` with each ok row's `warnings` and `workerContention` filled in. Rows that did not run keep none:
    /// their status already says why.
    public static func annotate(_ summary: [SummaryRow], machine: MachineInfo?) -> [SummaryRow] {
        summary.map { row in
            var row = row
            guard row.trials > 0 else { return row }
            let point = StabilityPoint(row: row, machine: machine)
            row.warnings = rules.compactMap { $0.check(point) }
            row.workerContention = WorkerContention.ratio(of: row, in: summary)
            return row
        }
    }
}

// RunResults: everything a run has produced so far, the input of every exporter.
import GILBenchCore

/// An immutable snapshot of a run: metadata, every trial record, and the summary computed from them.
public struct RunResults: Sendable {
    public let metadata: RunMetadata
    public let records: [TrialRecord]
    public let summary: [SummaryRow]
    /// The drift probe's calls (calibration.csv, format 3); empty for older folders and runs without a probe.
    public let calibration: [CalibrationSample]

    public init(metadata: RunMetadata, records: [TrialRecord], calibration: [CalibrationSample] = []) {
        self.metadata = metadata
        self.records = records
        self.calibration = calibration
        let summary = Summarizer.attachingMemory(Summarizer.summarize(records, order: metadata.options, baseline: metadata.baseline),
                                                 records: records, baselines: metadata.memoryBaselines)
        self.summary = AdaptiveStop.annotate(StabilityChecks.annotate(summary, machine: metadata.machine), records: records,
                                             options: metadata.options)
    }
}

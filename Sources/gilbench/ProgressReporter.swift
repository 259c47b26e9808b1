// ProgressReporter: saves results after every trial and shows progress (a live line on a terminal, plain
// lines in logs).
import Foundation
import GILBenchCore
import GILBenchExport
#if canImport(Glibc)
import GILBenchResults
import Glibc
#endif

final class ProgressReporter: RunObserver {
    private let store: ResultStore
    private var metadata: RunMetadata?
    private let interactive = isatty(STDERR_FILENO) == 1
    private var started = MonotonicInstant.now()
    private(set) var saveError: String?
    private var calibration: [CalibrationSample] = []
    private var lastRecords: [TrialRecord] = []

    init(store: ResultStore) {
        self.store = store
    }

    func note(_ text: String) {
        FileHandleOutput.standardError(text + "\n")
    }

    func runWillStart(metadata: RunMetadata, plannedTrials: Int) {
        self.metadata = metadata
        started = .now()
        save([])
    }

    func runWillExecute(_ spec: TrialSpec, completed: Int, planned: Int) {
        guard interactive else { return }
        let line = "\(status(completed: completed, planned: planned)) running \(describe(spec))"
        FileHandleOutput.standardError("\r\u{1B}[2K" + String(line.prefix(160)))
    }

    func runDidRecord(_ record: TrialRecord, all records: [TrialRecord], completed: Int, planned: Int) {
        save(records)
        let spec = record.spec
        var outcome = record.status.rawValue
        if let wall = record.wallSeconds { outcome += String(format: " wall %.3f s setup %.3f s", wall, record.setupSeconds ?? 0) }
        if !record.message.isEmpty { outcome += " (\(record.message.prefix(120)))" }
        if let left = record.leftProcesses, left.count > 0 { outcome += " [left-processes: \(left.summary.prefix(160))]" }
        let line = "\(status(completed: completed, planned: planned)) \(describe(spec)): \(outcome)"
        if interactive {
            if record.status != .ok { FileHandleOutput.standardError("\r\u{1B}[2K" + line + "\n") }
        } else {
            FileHandleOutput.standardError(line + "\n")
        }
    }

    func finish() {
        if interactive { FileHandleOutput.standardError("\r\u{1B}[2K") }
        let elapsed = MonotonicInstant.now().seconds(since: started)
        FileHandleOutput.standardError(String(format: "finished in %.1f s\n", elapsed))
    }

    func runDidCalibrate(_ samples: [CalibrationSample]) {
        calibration = samples
        save(lastRecords)
    }

    private func save(_ records: [TrialRecord]) {
        lastRecords = records
        guard let metadata else { return }
        do {
            // Skipped once SIGINT or SIGTERM has arrived: the trial it cut short is no measurement.
            try RunInterruption.whileSaving { try store.save(RunResults(metadata: metadata, records: records, calibration: calibration)) }
        } catch {
            saveError = "\(error)"
        }
    }

    private func describe(_ spec: TrialSpec) -> String {
        "\(spec.python.label) \(spec.workload.name) \(spec.strategy.rawValue) x\(spec.workers) \(spec.warmup ? "warm-up" : "rep") \(spec.repetition)"
    }

    private func status(completed: Int, planned: Int) -> String {
        let elapsed = MonotonicInstant.now().seconds(since: started)
        var text = "[\(completed)/\(planned) \(Self.clock(elapsed))"
        if completed > 0 && completed < planned {
            text += " ~\(Self.clock(elapsed / Double(completed) * Double(planned - completed))) left"
        }
        return text + "]"
    }

    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return String(format: "%d:%02d", total / 60, total % 60)
    }
}

// ABProgress: `gilbench ab`'s observer: saves both folders after every trial, prints a line per block.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults

final class ABProgress: ABObserver {
    private let folder: ABFolder
    private(set) var saveError: String?

    init(folder: ABFolder) {
        self.folder = folder
    }

    func abDidRecord(_ record: TrialRecord, side: ABSide, base: [TrialRecord], new: [TrialRecord], calibration: [CalibrationSample]) {
        do {
            try folder.save(side, records: side == .base ? base : new, calibration: calibration)
        } catch {
            saveError = "\(error)"
        }
        if record.status != .ok {
            FileHandleOutput.standardError(TerminalText.line("ab: \(side.rawValue) \(record.spec.workload.name) \(record.spec.strategy.rawValue) x\(record.spec.workers): \(record.status.rawValue) \(record.message.prefix(160))") + "\n")
        }
    }

    func abDidFinishBlock(_ block: Int, stage: String, points: [ABPointStatus], trialsLeft: Int, elapsedSeconds: Double) {
        let shown = points.prefix(6).map { point -> String in
            let ratio = point.ratio.map { String(format: "%.3f", $0) } ?? "-"
            let target = point.neededTrials.map { " of \($0)" } ?? ""
            return "\(point.name) new/base \(ratio) (\(min(point.baseTrials, point.newTrials))\(target) a side\(point.stopped == nil ? "" : ", stopped"))"
        }
        let more = points.count > 6 ? "; +\(points.count - 6) more" : ""
        let line = "ab: \(stage) block \(block) [\(ProgressReporter.clock(elapsedSeconds))]: \(shown.joined(separator: "; "))\(more); \(trialsLeft) trial(s) still needed"
        FileHandleOutput.standardError(TerminalText.line(line) + "\n")
    }
}

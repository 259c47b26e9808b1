// TrialJudge: checks a measured trial (checksums, worker identities) and turns it into a record.

/// Applies the invariants every trial must meet before its numbers count.
public enum TrialJudge {
    /// - Parameter referenceChecksum: the checksum the reference run returned for this Python and workload.
    public static func record(_ spec: TrialSpec, outcome: TrialOutcome, referenceChecksum: String?) -> TrialRecord {
        switch outcome {
        case let .failed(status, message):
            return .notRun(spec, status: status, message: MemoryLimit.annotate(message, status: status, limitBytes: spec.memoryLimitBytes))
        case let .measured(measurement):
            let (status, message, checksumOK) = judge(spec, measurement, referenceChecksum)
            return TrialRecord(
                spec: spec, status: status, setupSeconds: measurement.setupSeconds,
                wallSeconds: status == .ok ? measurement.wallSeconds : nil,
                teardownSeconds: measurement.teardownSeconds, checksumOK: checksumOK,
                message: status == .ok ? (measurement.note ?? message) : MemoryLimit.annotate(message, status: status, limitBytes: spec.memoryLimitBytes),
                workers: measurement.workers,
                computeSeconds: status == .ok ? (measurement.computeSeconds ?? measurement.wallSeconds) : nil,
                gilEnabled: gilInForce(measurement.workers), hostWarmupSeconds: measurement.hostWarmupSeconds,
                memory: measurement.memory)
        }
    }

    private static func judge(_ spec: TrialSpec, _ measurement: TrialMeasurement, _ reference: String?)
        -> (TrialStatus, String, Bool?) {
        let workers = measurement.workers
        if let failing = workers.first(where: { $0.error != nil }) {
            return (.error, "worker \(failing.index): \(failing.error!)", nil)
        }
        guard workers.count == spec.workers else {
            return (.error, "expected \(spec.workers) workers to report, got \(workers.count)", nil)
        }
        let checksums = workers.map(\.checksum)
        var checksumOK: Bool?
        if let reference, isUnchecked(reference) {
            // A pyperf benchmark returns timings: nothing to cross-check, and the row says so (checksumOK nil).
            if let other = workers.first(where: { $0.checksum != reference }) {
                return (.error, "worker \(other.index) returned \(other.checksum ?? "nothing"), expected the unchecked marker \(reference)", nil)
            }
        } else if let reference, checksums.allSatisfy({ $0 != nil }) {
            if let mismatch = workers.first(where: { $0.checksum != reference }) {
                return (.error, "checksum mismatch: worker \(mismatch.index) returned \(mismatch.checksum!), the reference run returned \(reference); run(size) must be deterministic", false)
            }
            checksumOK = true
        }
        if let problem = identityProblem(spec.strategy, workers) {
            return (.error, problem, checksumOK)
        }
        return (.ok, "", checksumOK)
    }

    /// True when any worker ran with a GIL, false when every reporting worker ran without one, nil when none said.
    static func gilInForce(_ workers: [WorkerSample]) -> Bool? {
        let reported = workers.compactMap(\.gilEnabled)
        return reported.isEmpty ? nil : reported.contains(true)
    }

    /// A reference checksum that marks a result which cannot be cross-checked (a pyperf script's `run`).
    public static func isUnchecked(_ checksum: String) -> Bool { checksum.hasPrefix("unchecked:") }

    /// The identities `strategy`'s descriptor requires (`WorkerIdentityRule`): threads share one interpreter of one
    /// process; sub-interpreters are distinct non-main interpreters of one process; processes are distinct processes.
    static func identityProblem(_ strategy: Strategy, _ workers: [WorkerSample]) -> String? {
        let pids = Set(workers.map(\.pid))
        let interpreters = Set(workers.map(\.interpreterID))
        let name = strategy.rawValue
        switch strategy.descriptor.identity {
        case .sharedInterpreter:
            if pids.count > 1 || interpreters.count > 1 {
                return "\(name) ran in more than one interpreter (pids \(pids.sorted()), interpreter IDs \(interpreters.sorted()))"
            }
        case .distinctSubinterpreters:
            if pids.count > 1 { return "\(name) ran in more than one process" }
            if interpreters.count != workers.count || interpreters.contains(0) {
                return "\(name) workers did not each get their own sub-interpreter (IDs \(workers.map(\.interpreterID)))"
            }
        case .distinctProcesses:
            if pids.count != workers.count { return "\(name) workers shared a process (pids \(workers.map(\.pid)))" }
        case .noMainInterpreter:
            if interpreters.contains(0) { return "\(name) ran a task in the main interpreter (IDs \(workers.map(\.interpreterID)))" }
        case .recordedOnly:
            // A pool hands tasks to whichever worker is idle; which one ran each task is recorded, not required.
            break
        }
        return nil
    }
}

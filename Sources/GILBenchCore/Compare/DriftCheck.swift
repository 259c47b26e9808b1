// DriftCheck: did the machine itself change speed between two runs? The ratio of their calibration probes.
import Foundation

/// Compares the drift probe (`CalibrationProbe`) of two runs: the Hodges-Lehmann ratio new / base of the probe's
/// call times on log scale, with its exact 95% interval (the same statistics as a point's wall time).
///
/// Rule: the machine **drifted** when the estimate lies beyond half the threshold (slower by more than
/// threshold/2, or faster by more than 1 - 1/(1 + threshold/2)) *and* the interval excludes 1. The estimate alone
/// would call drift in a large share of equal runs (5 probe calls with the +-5-15% call-to-call noise of a busy
/// machine give an estimate spread of several percent); the interval alone, entirely beyond threshold/2, would
/// rarely see a real 6% drift from 5 calls. Requiring both keeps a false drift call on equal machines below the
/// test's 5% while a drift of about the threshold is caught.
public struct DriftCheck: Equatable, Sendable {
    /// What could be said.
    public enum Finding: Equatable, Sendable {
        /// Drift could not be checked; the reason says why (an older folder, no common Python).
        case unchecked(reason: String)
        /// The probe's ratio was measured.
        case measured(ratio: Double, interval: ConfidenceInterval?, python: String, baseCalls: Int, newCalls: Int)
    }

    public let finding: Finding
    /// Half the comparison's threshold: drift beyond it makes a verdict unsafe.
    public let limit: Double

    /// Checks `base` against `new` for `threshold` (a fraction, 0.05 for 5%). Uses the newest Python (by
    /// version, then label) probed in both runs.
    public init(base: [CalibrationSample], new: [CalibrationSample], threshold: Double, level: Double = 0.95) {
        limit = threshold / 2
        if base.isEmpty || new.isEmpty {
            let missing = base.isEmpty && new.isEmpty ? "neither run has" : base.isEmpty ? "the base run has" : "the new run has"
            finding = .unchecked(reason: "\(missing) a calibration probe (calibration.csv came with result format 3)")
            return
        }
        let common = Set(base.map(\.pythonLabel)).intersection(new.map(\.pythonLabel))
        let newest = common.max { left, right in
            let (l, r) = (PythonVersion(String(left.prefix { $0 != "t" })), PythonVersion(String(right.prefix { $0 != "t" })))
            return (l ?? PythonVersion(major: 0, minor: 0), left) < (r ?? PythonVersion(major: 0, minor: 0), right)
        }
        guard let python = newest else {
            finding = .unchecked(reason: "the runs probed no Python in common (base: \(Set(base.map(\.pythonLabel)).sorted().joined(separator: ", ")); new: \(Set(new.map(\.pythonLabel)).sorted().joined(separator: ", ")))")
            return
        }
        let baseLogs = base.filter { $0.pythonLabel == python }.map { log($0.wallSeconds) }
        let newLogs = new.filter { $0.pythonLabel == python }.map { log($0.wallSeconds) }
        guard let hodgesLehmann = HodgesLehmann(baseLogs, newLogs) else {
            finding = .unchecked(reason: "no probe call on Python \(python)")
            return
        }
        let interval = hodgesLehmann.interval(level: level).map {
            ConfidenceInterval(lower: exp($0.lower), upper: exp($0.upper), level: $0.level)
        }
        finding = .measured(ratio: exp(hodgesLehmann.estimate), interval: interval, python: python,
                            baseCalls: baseLogs.count, newCalls: newLogs.count)
    }

    /// Whether the machine changed speed by more than `limit` (see the type's rule).
    public var drifted: Bool {
        guard case let .measured(ratio, interval, _, _, _) = finding else { return false }
        let beyond = ratio > 1 + limit || ratio < 1 / (1 + limit)
        let significant = interval.map { !$0.contains(1) } ?? true
        return beyond && significant
    }

    /// One line for the report: "DRIFT: ..." when drifted, else what the probe showed.
    public func line(accepted: Bool) -> String {
        let half = String(format: "%.1f%%", limit * 100)
        switch finding {
        case let .unchecked(reason):
            return "Calibration probe: machine drift could not be checked: \(reason)."
        case let .measured(ratio, interval, python, baseCalls, newCalls):
            let shown = String(format: "%.3f", ratio) + (interval.map { String(format: " [%.3f, %.3f]", $0.lower, $0.upper) } ?? " (too few calls for an interval)")
            let what = "probe new/base \(shown) on Python \(python), \(baseCalls) vs \(newCalls) calls"
            guard drifted else {
                return "Calibration probe: \(what): the machine's speed did not change beyond \(half) (half the threshold)."
            }
            let direction = ratio > 1 ? "slower" : "faster"
            return "DRIFT: the machine itself ran \(direction) in the new run (\(what)), beyond \(half) (half the threshold): "
                + (accepted ? "accepted (--accept-drift), the verdict stands as measured."
                            : "changes above may be the machine's, not the code's; exit 3 (rerun both on a quiet machine, use `gilbench ab`, or pass --accept-drift).")
        }
    }
}

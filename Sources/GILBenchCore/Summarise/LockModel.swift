// LockModel: which lock serialised a point's workers (one shared GIL, one per interpreter, one per process, none).

/// The lock model a summary row ran under: the `gil` column of summary.csv.
///
/// It follows from the strategy and from whether a GIL was in force: on a free-threaded build (PEP 703) with the
/// GIL disabled, threads and legacy sub-interpreters run in parallel, so nothing there is "shared-GIL".
public enum LockModel: String, CaseIterable, Codable, Sendable {
    /// One GIL for every worker: threads and legacy sub-interpreters on a GIL build (or a free-threaded build with
    /// the GIL re-enabled).
    case shared
    /// One GIL per worker's interpreter: own-GIL sub-interpreters (PEP 684).
    case perInterpreter = "per-interpreter"
    /// One interpreter, and so one GIL, per worker process.
    case perProcess = "per-process"
    /// No GIL: threads and legacy sub-interpreters on a free-threaded build whose GIL is disabled.
    case none

    /// The lock model of `strategy` on a build: its descriptor's `lockWithGIL` or `lockWithoutGIL`.
    ///
    /// - Parameters:
    ///   - freeThreaded: whether the build is free-threaded (`Py_GIL_DISABLED`).
    ///   - gilEnabledInTrials: the GIL state actually in force in the point's trials (`sys._is_gil_enabled()`),
    ///     when recorded and the same in every trial; nil when unknown (a format-1 folder, or mixed), in which
    ///     case the build decides: a free-threaded build runs without a GIL unless it is re-enabled.
    public static func of(strategy: Strategy, freeThreaded: Bool, gilEnabledInTrials: Bool?) -> LockModel {
        let gilEnabled = gilEnabledInTrials ?? !freeThreaded
        return gilEnabled ? strategy.descriptor.lockWithGIL : strategy.descriptor.lockWithoutGIL
    }

    /// The GIL state of a point's trials, for `of(strategy:freeThreaded:gilEnabledInTrials:)`: the recorded state
    /// when every trial recorded the same one; nil when none was recorded (format 1) or the trials disagree.
    public static func agreedGILState(_ states: [Bool?]) -> Bool? {
        guard let first = states.first, let state = first, states.allSatisfy({ $0 == state }) else { return nil }
        return state
    }

    /// Whether the workers of this model can run Python code at the same time.
    public var runsInParallel: Bool { self != .shared }

    /// A few words for sentences and chart legends: "one shared GIL", "no GIL, in parallel".
    public var phrase: String {
        switch self {
        case .shared: return "one shared GIL"
        case .perInterpreter: return "a GIL per interpreter"
        case .perProcess: return "a GIL per process"
        case .none: return "no GIL, in parallel"
        }
    }
}

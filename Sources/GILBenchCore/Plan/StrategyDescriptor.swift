// StrategyDescriptor: every fact gilbench keeps about a strategy besides its runtime (GILBenchHost) in one value.

/// What gilbench knows about one strategy: its name and summary, the lock its workers run under on each build, the
/// worker identities TrialJudge requires, its Python-level twin, what its workers share, the oldest Python that runs
/// it, and how charts draw it. `Strategy.descriptor` returns one per case (Strategy+Descriptors.swift); the
/// switches of Strategy, TrialJudge, LockModel and the chart style table read these fields, so adding a strategy is
/// its runtime type plus its descriptor (docs/adding-a-strategy.md).
public struct StrategyDescriptor: Sendable {
    /// The name used on the command line and in every result file (`Strategy.rawValue`).
    public let name: String
    /// One line for `gilbench list strategies` and `--help`.
    public let summary: String
    /// The lock model on a build whose GIL is in force (a default build, or a free-threaded one with the GIL re-enabled).
    public let lockWithGIL: LockModel
    /// The lock model on a free-threaded build whose GIL is disabled (PEP 703).
    public let lockWithoutGIL: LockModel
    /// Which process and interpreter each worker must have reported for a trial to count.
    public let identity: WorkerIdentityRule
    /// For a Python-level strategy, the C-API strategy it is compared with (Fidelity, API cost); nil for C-API ones.
    public let cAPICounterpart: Strategy?
    /// What the workers share, in a few words (the README's strategy table says the same).
    public let workersShare: String
    /// The oldest CPython that runs the strategy, and why; nil when every supported Python does.
    public let minimumPython: MinimumPython?
    /// The `multiprocessing` start method of a process-pool variant; nil for other strategies.
    public let processStartMethod: String?
    /// Whether a run without `--strategy` measures it.
    public let inDefaultRun: Bool
    /// Whether its host fills `PyInterpreterConfig` for `Py_NewInterpreterFromConfig`: such a strategy needs an
    /// installation with own-GIL support whose struct layout gilbench knows (`InterpreterConfigLayout`).
    public let usesInterpreterConfig: Bool
    /// How every chart draws it (written into plots/strategy_styles.csv for the gnuplot templates).
    public let chartStyle: StrategyChartStyle

    /// The oldest CPython a strategy runs on, with the reason a person reads when theirs is older.
    public struct MinimumPython: Sendable {
        public let version: PythonVersion
        /// What is missing before `version`, e.g. "own-GIL sub-interpreters need CPython 3.12+ (Py_NewInterpreterFromConfig)".
        public let reason: String

        public init(_ version: PythonVersion, reason: String) {
            self.version = version
            self.reason = reason
        }
    }

    public init(name: String, summary: String, lockWithGIL: LockModel, lockWithoutGIL: LockModel,
                identity: WorkerIdentityRule, cAPICounterpart: Strategy?, workersShare: String,
                minimumPython: MinimumPython?, processStartMethod: String? = nil, inDefaultRun: Bool,
                usesInterpreterConfig: Bool = false, chartStyle: StrategyChartStyle) {
        self.name = name
        self.summary = summary
        self.lockWithGIL = lockWithGIL
        self.lockWithoutGIL = lockWithoutGIL
        self.identity = identity
        self.cAPICounterpart = cAPICounterpart
        self.workersShare = workersShare
        self.minimumPython = minimumPython
        self.processStartMethod = processStartMethod
        self.inDefaultRun = inDefaultRun
        self.usesInterpreterConfig = usesInterpreterConfig
        self.chartStyle = chartStyle
    }
}

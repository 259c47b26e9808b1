// Strategy+Descriptors: the descriptor of every strategy, in one table (see docs/adding-a-strategy.md).

extension Strategy {
    /// Everything gilbench knows about this strategy besides its runtime type (GILBenchHost's `hostStrategy`).
    public var descriptor: StrategyDescriptor {
        switch self {
        case .threads: return Self.threadsDescriptor
        case .subinterpreters: return Self.subinterpretersDescriptor
        case .sharedSubinterpreters: return Self.sharedSubinterpretersDescriptor
        case .processes: return Self.processesDescriptor
        case .threadPool: return Self.threadPoolDescriptor
        case .processPool: return Self.processPoolDescriptor(.processPool, method: "spawn", colour: "#CC79A7", point: 12, dash: 5, fill: 6)
        case .processPoolForkserver: return Self.processPoolDescriptor(.processPoolForkserver, method: "forkserver", colour: "#E69F00", point: 8, dash: 5, fill: 7)
        case .processPoolFork: return Self.processPoolDescriptor(.processPoolFork, method: "fork", colour: "#56B4E9", point: 10, dash: 5, fill: 8)
        case .interpreterPool: return Self.interpreterPoolDescriptor
        }
    }

    // Styles: Okabe-Ito colours; each Python-level twin takes its C-API counterpart's colour with the open form of
    // its point type and a dash-dot-dot line (dash type 5), so a pair reads as a pair.

    private static let threadsDescriptor = StrategyDescriptor(
        name: "threads",
        summary: "N threads in the main interpreter sharing one warmed-up workload module and one GIL (none on a free-threaded build)",
        lockWithGIL: .shared, lockWithoutGIL: .none, identity: .sharedInterpreter, cAPICounterpart: nil,
        workersShare: "one interpreter and one warmed-up workload module",
        minimumPython: nil, inDefaultRun: true,
        chartStyle: StrategyChartStyle(colour: "#0072B2", pointType: 7, dashType: 1, fillPattern: 3))

    private static let subinterpretersDescriptor = StrategyDescriptor(
        name: "subinterpreters",
        summary: "N own-GIL sub-interpreters (PEP 684), one per OS thread; CPython 3.12+",
        lockWithGIL: .perInterpreter, lockWithoutGIL: .perInterpreter, identity: .distinctSubinterpreters, cAPICounterpart: nil,
        workersShare: "one process; nothing Python-level (each interpreter imports its own copy)",
        minimumPython: .init(PythonVersion(major: 3, minor: 12), reason: "own-GIL sub-interpreters need CPython 3.12+ (Py_NewInterpreterFromConfig)"),
        inDefaultRun: true, usesInterpreterConfig: true,
        chartStyle: StrategyChartStyle(colour: "#D55E00", pointType: 5, dashType: 2, fillPattern: 4))

    private static let sharedSubinterpretersDescriptor = StrategyDescriptor(
        name: "shared-subinterpreters",
        summary: "N legacy sub-interpreters sharing the main GIL, one per OS thread",
        lockWithGIL: .shared, lockWithoutGIL: .none, identity: .distinctSubinterpreters, cAPICounterpart: nil,
        workersShare: "one process and the main GIL; each interpreter imports its own copy",
        minimumPython: nil, inDefaultRun: true,
        chartStyle: StrategyChartStyle(colour: "#009E73", pointType: 9, dashType: 3, fillPattern: 5))

    private static let processesDescriptor = StrategyDescriptor(
        name: "processes",
        summary: "N separate OS processes, each with its own interpreter",
        lockWithGIL: .perProcess, lockWithoutGIL: .perProcess, identity: .distinctProcesses, cAPICounterpart: nil,
        workersShare: "nothing (each process imports its own copy)",
        minimumPython: nil, inDefaultRun: true,
        chartStyle: StrategyChartStyle(colour: "#CC79A7", pointType: 13, dashType: 4, fillPattern: 1))

    private static let threadPoolDescriptor = StrategyDescriptor(
        name: "thread-pool",
        summary: "concurrent.futures.ThreadPoolExecutor with N threads in the main interpreter",
        lockWithGIL: .shared, lockWithoutGIL: .none, identity: .recordedOnly, cAPICounterpart: .threads,
        workersShare: "one interpreter and one workload module; inputs passed by reference",
        minimumPython: nil, inDefaultRun: false,
        chartStyle: StrategyChartStyle(colour: "#0072B2", pointType: 6, dashType: 5, fillPattern: 2))

    private static func processPoolDescriptor(_ strategy: Strategy, method: String, colour: String, point: Int, dash: Int,
                                              fill: Int) -> StrategyDescriptor {
        StrategyDescriptor(
            name: strategy.rawValue,
            summary: "concurrent.futures.ProcessPoolExecutor with N processes, start method \(method)",
            lockWithGIL: .perProcess, lockWithoutGIL: .perProcess, identity: .recordedOnly, cAPICounterpart: .processes,
            workersShare: "nothing (inputs and results are pickled across processes)",
            minimumPython: nil, processStartMethod: method, inDefaultRun: false,
            chartStyle: StrategyChartStyle(colour: colour, pointType: point, dashType: dash, fillPattern: fill))
    }

    private static let interpreterPoolDescriptor = StrategyDescriptor(
        name: "interpreter-pool",
        summary: "InterpreterPoolExecutor (3.14+), else the _interpreters/_xxsubinterpreters module from N threads; CPython 3.12+",
        lockWithGIL: .perInterpreter, lockWithoutGIL: .perInterpreter, identity: .noMainInterpreter, cAPICounterpart: .subinterpreters,
        workersShare: "one process; inputs and results are copied between interpreters",
        minimumPython: .init(PythonVersion(major: 3, minor: 12), reason: "interpreter-pool needs concurrent.futures.InterpreterPoolExecutor (3.14+) or the low-level interpreters module (_xxsubinterpreters in 3.12, _interpreters in 3.13)"),
        inDefaultRun: false,
        chartStyle: StrategyChartStyle(colour: "#D55E00", pointType: 4, dashType: 5, fillPattern: 9))
}

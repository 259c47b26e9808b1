// ThroughputBaseline: the one 1-worker point of a run that every row's throughput_vs_baseline is measured against.

/// A Python x strategy of the run whose 1-worker median wall time, per workload, is the common yardstick:
/// `throughput_vs_baseline = workers x T_baseline(1) / T(workers)`. Unlike `speedup` (each Python and strategy
/// against its own 1-worker time) it shows what a build or strategy costs single-threaded, too.
public struct ThroughputBaseline: Codable, Hashable, Sendable, CustomStringConvertible {
    public let pythonVersion: String
    /// "default" or "free-threaded", as the python_build column.
    public let pythonBuild: String
    public let strategy: Strategy

    public init(pythonVersion: String, pythonBuild: String, strategy: Strategy) {
        self.pythonVersion = pythonVersion
        self.pythonBuild = pythonBuild
        self.strategy = strategy
    }

    public init(python: PythonInstallation, strategy: Strategy) {
        self.init(pythonVersion: python.version, pythonBuild: python.build, strategy: strategy)
    }

    /// "3.13.5", or "3.13.5t" for a free-threaded build (as `PythonInstallation.label`).
    public var pythonLabel: String { python.label }

    /// "3.13.5 threads": the `baseline` column of summary.csv.
    public var label: String { "\(pythonLabel) \(strategy.rawValue)" }

    public var description: String { label }

    /// The default: `threads` (else the run's first strategy) on the GIL build of the same release as the run's
    /// first free-threaded Python, when the run has that twin; else on the run's first Python. Nil for no Python.
    public static func defaultChoice(pythons: [PythonInstallation], strategies: [Strategy]) -> ThroughputBaseline? {
        guard let strategy = defaultStrategy(strategies) else { return nil }
        let twin = pythons.lazy.filter(\.freeThreaded).compactMap { free in
            pythons.first { !$0.freeThreaded && $0.version == free.version }
        }.first
        return (twin ?? pythons.first).map { ThroughputBaseline(python: $0, strategy: strategy) }
    }

    /// Parses `--baseline PYTHON[:STRATEGY]` against the run's Pythons and strategies. PYTHON is a version or label
    /// as `--python` takes it (3.13, 3.13.5, 3.13.5t); STRATEGY defaults as in `defaultChoice`.
    /// - Throws: `GILBenchError.invalidValue` (flag --baseline) for a Python the run does not measure (or several),
    ///   `GILBenchError.unknownName` for an unknown strategy, `invalidValue` for a strategy the run does not run.
    public static func parse(_ text: String, pythons: [PythonInstallation], strategies: [Strategy]) throws -> ThroughputBaseline {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let labels = pythons.map(\.label).joined(separator: ", ")
        let spec = parts[0]
        let matching = pythons.filter { ComparisonSide.matches($0, spec) }
        guard !spec.isEmpty, matching.count == 1, let python = matching.first else {
            let why = matching.count > 1 ? "one Python of this run, but '\(spec)' matches several" : "a Python this run measures"
            throw GILBenchError.invalidValue(flag: "--baseline", value: text, expected: "\(why); pass PYTHON[:STRATEGY] with one of \(labels), e.g. --baseline \(pythons.first?.label ?? "3.13"):threads")
        }
        let strategy: Strategy
        if parts.count == 2 {
            guard let parsed = Strategy(rawValue: parts[1]) else {
                throw GILBenchError.unknownName(kind: "strategy in --baseline", name: parts[1], valid: Strategy.allCases.map(\.rawValue))
            }
            strategy = parsed
            guard strategies.contains(strategy) else {
                throw GILBenchError.invalidValue(flag: "--baseline", value: text, expected: "a strategy this run measures (\(strategies.map(\.rawValue).joined(separator: ", ")))")
            }
        } else {
            guard let chosen = defaultStrategy(strategies) else {
                throw GILBenchError.invalidValue(flag: "--baseline", value: text, expected: "a run with at least one strategy")
            }
            strategy = chosen
        }
        return ThroughputBaseline(python: python, strategy: strategy)
    }

    /// `threads` when the run has it, else its first strategy.
    private static func defaultStrategy(_ strategies: [Strategy]) -> Strategy? {
        strategies.contains(.threads) ? .threads : strategies.first
    }

    /// `rows` with `baseline` and `throughput_vs_baseline` (and its spread) filled in. A workload whose baseline point
    /// has no measured time (failed, unsupported, not run), or ran at another size, gets no throughput.
    public func annotate(_ rows: [SummaryRow]) -> [SummaryRow] {
        var reference: [String: (seconds: Double, size: Int)] = [:]
        for row in rows where row.python == python
            && row.strategy == strategy && row.workers == 1 {
            if let median = row.wall?.median, median > 0 { reference[row.workload] = (median, row.size) }
        }
        return rows.map { row in
            guard let base = reference[row.workload], base.size == row.size, let wall = row.wall, wall.median > 0 else {
                return row.withThroughput(baseline: self, value: nil, minimum: nil, maximum: nil)
            }
            let work = Double(row.workers) * base.seconds
            return row.withThroughput(baseline: self, value: work / wall.median, minimum: work / wall.maximum,
                                      maximum: wall.minimum > 0 ? work / wall.minimum : nil)
        }
    }
}

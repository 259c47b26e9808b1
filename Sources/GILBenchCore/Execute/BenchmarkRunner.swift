// BenchmarkRunner: validates workloads with reference runs, then executes the plan trial by trial.

/// Drives a run: references first (bad workloads stop the run before anything is measured), then every
/// planned trial through the executor, reporting each record to the observer as it arrives.
public final class BenchmarkRunner {
    public let options: RunOptions
    let executor: TrialExecutor
    /// The drift probe timed through the run (`CalibrationProbe`); nil: none (format-2-like runs, tests).
    public var probe: CalibrationProbe?
    /// Every probe call so far, for calibration.csv.
    public private(set) var calibrationSamples: [CalibrationSample] = []

    public init(options: RunOptions, executor: TrialExecutor) {
        self.options = options
        self.executor = executor
    }

    /// Runs each workload once per Python in a main interpreter.
    /// - Returns: the `run(size)` argument per workload and the references for metadata.json.
    /// - Throws: `GILBenchError.workloadInvalid` when a file cannot be loaded, lacks `run`, or has no size.
    public func runReferences() throws -> (sizes: [String: Int], references: [RunMetadata.Reference]) {
        var sizes: [String: Int] = [:]
        var references: [RunMetadata.Reference] = []
        for workload in options.workloads {
            for python in options.pythons {
                var requested = options.sizeOverride ?? sizes[workload.name]
                var calibration: SizeCalibration?
                if requested == nil && options.autoSize == true {
                    calibration = try calibrate(python: python, workload: workload)
                    requested = calibration?.size
                }
                var outcome = executor.reference(python: python, workload: workload, size: requested, importSite: options.importSite)
                if requested == nil, case let .completed(result) = outcome, result.invalidReason == nil, result.sizeIsAuto == true {
                    calibration = try calibrate(python: python, workload: workload)
                    requested = calibration?.size
                    outcome = executor.reference(python: python, workload: workload, size: requested, importSite: options.importSite)
                }
                switch outcome {
                case let .completed(result):
                    if let invalid = result.invalidReason {
                        throw GILBenchError.workloadInvalid(name: workload.name, path: workload.path, reason: "\(invalid) (Python \(python.version))")
                    }
                    guard let size = requested ?? result.defaultSize else {
                        throw GILBenchError.workloadInvalid(name: workload.name, path: workload.path, reason: "it defines no integer SIZE; add SIZE = <n> (or SIZE = \"auto\"), or pass --size")
                    }
                    sizes[workload.name] = size
                    references.append(RunMetadata.Reference(
                        pythonVersion: python.version, pythonBuild: python.build, workload: workload.name, size: size,
                        checksum: result.runError == nil ? result.checksum : nil, directSeconds: result.directSeconds,
                        docstring: result.docstring, error: result.runError))
                case let .failed(status, message):
                    references.append(RunMetadata.Reference(
                        pythonVersion: python.version, pythonBuild: python.build, workload: workload.name,
                        size: requested ?? 0, checksum: nil, directSeconds: nil, docstring: "",
                        error: "\(status.rawValue): \(message)"))
                }
                if let calibration, !references.isEmpty { references[references.count - 1].calibration = calibration }
            }
        }
        return (sizes, references)
    }

    /// Executes `plan`. Unsupported points and points whose reference run failed get one record each without
    /// running; after a point fails, its remaining trials are skipped (a crash or a hang repeats, and each
    /// hang would cost a whole --timeout).
    /// With a `probe`, it is timed before the first trial, at evenly spaced points and (with `finalProbe`) after
    /// the last trial.
    public func run(plan: RunPlan, references: [RunMetadata.Reference], observer: RunObserver?, finalProbe: Bool = true) -> [TrialRecord] {
        var records: [TrialRecord] = []
        var probeSchedule = probe?.schedule(totalTrials: plan.trials.count) ?? []
        if !finalProbe { probeSchedule.removeAll { $0 >= plan.trials.count } }
        var failedPoints: [PointKey: TrialRecord] = [:]
        var measuredPoints = Set<PointKey>()
        let planned = plan.trials.count
        let referenceFor: (TrialSpec) -> RunMetadata.Reference? = { spec in
            references.first { $0.python == spec.python.identity && $0.workload == spec.workload.name }
        }
        for (index, spec) in plan.trials.enumerated() {
            while probeSchedule.first == index {
                probeSchedule.removeFirst()
                runProbe(afterTrials: index, observer: observer)
            }
            let key = spec.point
            let firstMeasured = !spec.warmup && !measuredPoints.contains(key)
            var record: TrialRecord?
            if let reason = spec.strategy.unsupportedReason(on: spec.python) {
                if firstMeasured { record = .notRun(spec, status: .unsupported, message: reason) }
            } else if let reference = referenceFor(spec), reference.checksum == nil {
                if firstMeasured {
                    let status: TrialStatus = reference.error.flatMap { error in
                        TrialStatus.allCases.first { error.hasPrefix($0.rawValue + ":") }
                    } ?? .error
                    let reason = reference.error.map { $0.hasPrefix(status.rawValue + ": ") ? String($0.dropFirst(status.rawValue.count + 2)) : $0 } ?? "unknown"
                    record = .notRun(spec, status: status, message: "not run: the reference run in the main interpreter failed: \(reason)")
                }
            } else if let earlier = failedPoints[key] {
                if firstMeasured {
                    record = .notRun(spec, status: earlier.status, message: "skipped after \(earlier.spec.warmup ? "warm-up" : "repetition") \(earlier.spec.repetition) failed: \(earlier.message)")
                }
            } else {
                observer?.runWillExecute(spec, completed: index, planned: planned)
                let outcome = executor.execute(spec)
                var executed = TrialJudge.record(spec, outcome: outcome, referenceChecksum: referenceFor(spec)?.checksum)
                executed.leftProcesses = executor.lastLeftProcesses
                if executed.status.isFailure { failedPoints[key] = executed }
                record = executed
            }
            if let record {
                if !record.spec.warmup { measuredPoints.insert(key) }
                records.append(record)
                observer?.runDidRecord(record, all: records, completed: index + 1, planned: planned)
            }
        }
        for _ in probeSchedule { runProbe(afterTrials: plan.trials.count, observer: observer) }
        return records
    }

    /// Times the drift probe once on every Python of the run (nothing without a `probe`).
    /// - Parameter afterTrials: how many trials ran before it.
    public func runProbe(afterTrials: Int, observer: RunObserver?) {
        guard let probe else { return }
        let number = (calibrationSamples.map(\.probe).max() ?? 0) + 1
        calibrationSamples += probe.measure(number: number, afterTrials: afterTrials, pythons: options.pythons,
                                            importSite: options.importSite, executor: executor)
        observer?.runDidCalibrate(calibrationSamples)
    }
}

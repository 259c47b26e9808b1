// ThroughputBaselineTests: the baseline choice (default, fallback, --baseline) and throughput_vs_baseline's arithmetic.
import GILBenchCore
import XCTest

final class ThroughputBaselineTests: XCTestCase {
    private let old = TrialRecordFactory.python("3.12.1")
    private let gil = TrialRecordFactory.python("3.13.5")
    private let free = TrialRecordFactory.python("3.13.5", freeThreaded: true)

    func testDefaultIsThreadsOnTheGILTwinOfTheFreeThreadedBuild() {
        let choice = ThroughputBaseline.defaultChoice(pythons: [old, free, gil], strategies: Strategy.allCases)
        XCTAssertEqual(choice, ThroughputBaseline(pythonVersion: "3.13.5", pythonBuild: "default", strategy: .threads))
        XCTAssertEqual(choice?.label, "3.13.5 threads")
    }

    func testDefaultFallsBackToTheFirstPythonAndTheFirstStrategy() {
        // No free-threaded build: the first Python.
        XCTAssertEqual(ThroughputBaseline.defaultChoice(pythons: [old, gil], strategies: Strategy.allCases)?.pythonVersion, "3.12.1")
        // A free-threaded build without its twin: the first Python, which may be the free-threaded one.
        let lonely = ThroughputBaseline.defaultChoice(pythons: [free, old], strategies: [.processes, .subinterpreters])
        XCTAssertEqual(lonely, ThroughputBaseline(pythonVersion: "3.13.5", pythonBuild: "free-threaded", strategy: .processes))
        XCTAssertEqual(lonely?.label, "3.13.5t processes")
        XCTAssertNil(ThroughputBaseline.defaultChoice(pythons: [], strategies: Strategy.allCases))
    }

    func testParseAcceptsVersionsLabelsAndStrategies() throws {
        let pythons = [old, gil, free]
        XCTAssertEqual(try ThroughputBaseline.parse("3.13.5t:processes", pythons: pythons, strategies: Strategy.allCases),
                       ThroughputBaseline(python: free, strategy: .processes))
        XCTAssertEqual(try ThroughputBaseline.parse("3.13.5", pythons: pythons, strategies: Strategy.allCases),
                       ThroughputBaseline(python: gil, strategy: .threads))
        XCTAssertEqual(try ThroughputBaseline.parse("3.12", pythons: pythons, strategies: [.processes]),
                       ThroughputBaseline(python: old, strategy: .processes))
    }

    func testParseRejectsWhatTheRunDoesNotMeasureInOneLine() {
        let pythons = [old, gil, free]
        for (text, strategies) in [("3.11", Strategy.allCases), ("3.13.5:nope", Strategy.allCases), ("3.13.5:processes", [Strategy.threads]),
                                   ("", Strategy.allCases), (":threads", Strategy.allCases), ("3:threads", Strategy.allCases)] {
            XCTAssertThrowsError(try ThroughputBaseline.parse(text, pythons: pythons, strategies: strategies), text) { error in
                guard let error = error as? GILBenchError else { return XCTFail("\(error) is not a GILBenchError") }
                XCTAssertFalse(error.description.contains("\n"), error.description)
                XCTAssertTrue(error.description.contains("--baseline"), error.description)
            }
        }
    }

    /// throughput = workers x T_baseline(1) / T(workers), the baseline being 3.13.5 threads at 1 worker (0.2 s median).
    func testThroughputArithmetic() throws {
        var records: [TrialRecord] = []
        records += TrialRecordFactory.records(python: gil, strategy: .threads, walls: [0.19, 0.2, 0.25])
        records += TrialRecordFactory.records(python: gil, strategy: .threads, workers: 2, walls: [0.4, 0.4])
        records += TrialRecordFactory.records(python: free, strategy: .threads, walls: [0.3, 0.3])
        records += TrialRecordFactory.records(python: free, strategy: .threads, workers: 2, walls: [0.3, 0.32, 0.5])
        let rows = Summarizer.summarize(records)
        func row(_ python: PythonInstallation, _ workers: Int) throws -> SummaryRow {
            try XCTUnwrap(rows.first { $0.pythonBuild == python.build && $0.workers == workers })
        }
        let expected = ThroughputBaseline(python: gil, strategy: .threads)
        XCTAssertTrue(rows.allSatisfy { $0.baseline == expected })
        XCTAssertEqual(try row(gil, 1).throughputVsBaseline!, 1, accuracy: 1e-12)
        XCTAssertEqual(try row(gil, 2).throughputVsBaseline!, 2 * 0.2 / 0.4, accuracy: 1e-12)
        XCTAssertEqual(try row(free, 1).throughputVsBaseline!, 0.2 / 0.3, accuracy: 1e-12)
        let freeTwo = try row(free, 2)
        XCTAssertEqual(freeTwo.throughputVsBaseline!, 2 * 0.2 / 0.32, accuracy: 1e-12)
        XCTAssertEqual(freeTwo.throughputVsBaselineMinimum!, 2 * 0.2 / 0.5, accuracy: 1e-12)
        XCTAssertEqual(freeTwo.throughputVsBaselineMaximum!, 2 * 0.2 / 0.3, accuracy: 1e-12)
        // The self-relative speedup is unchanged by the baseline.
        XCTAssertEqual(freeTwo.speedup!, 2 * 0.3 / 0.32, accuracy: 1e-12)
    }

    func testExplicitBaselineAndMissingBaselinePoint() throws {
        var records: [TrialRecord] = []
        records += TrialRecordFactory.records(python: gil, strategy: .threads, walls: [0.2])
        records += TrialRecordFactory.records(python: gil, strategy: .processes, walls: [0.25])
        records += TrialRecordFactory.records(python: gil, strategy: .processes, workers: 2, walls: [0.25])
        records += TrialRecordFactory.records(python: gil, workload: "other", strategy: .processes, walls: [0.5])
        let choice = ThroughputBaseline(python: gil, strategy: .processes)
        let rows = Summarizer.summarize(records, baseline: choice)
        let twoProcesses = try XCTUnwrap(rows.first { $0.workload == "work" && $0.strategy == .processes && $0.workers == 2 })
        XCTAssertEqual(twoProcesses.throughputVsBaseline!, 2.0, accuracy: 1e-12)
        XCTAssertEqual(twoProcesses.baseline, choice)
        let threads = try XCTUnwrap(rows.first { $0.workload == "work" && $0.strategy == .threads })
        XCTAssertEqual(threads.throughputVsBaseline!, 0.25 / 0.2, accuracy: 1e-12)
        // With threads as the baseline, a workload that threads did not run has no throughput (no baseline point).
        let byThreads = Summarizer.summarize(records, baseline: ThroughputBaseline(python: gil, strategy: .threads))
        XCTAssertTrue(byThreads.filter { $0.workload == "other" }.allSatisfy { $0.throughputVsBaseline == nil })
    }
}

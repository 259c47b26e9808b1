// ReportStabilityTests: findings qualify rankings on warned points, call overlapping strategies tied, and the
// report, the terminal table and summary.csv show the warnings.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import GILBenchTestSupport
import XCTest

final class ReportStabilityTests: XCTestCase {
    /// One workload, subinterpreters and processes at 1 and 2 workers, 5 trials each, walls from `wall`.
    private func results(load: Double = 0.1, wall: (Strategy, Int, Int) -> Double) -> RunResults {
        let python = ExportFixtures.python
        let workload = ExportFixtures.workload
        let strategies: [Strategy] = [.subinterpreters, .processes]
        let options = RunOptions(pythons: [python], workloads: [workload], strategies: strategies, workerCounts: [1, 2],
                                 sizeOverride: nil, repeatCount: 5, warmupCount: 0, timeoutSeconds: 60, importSite: true)
        var machine = MachineInfo(hostname: "h", cpuModel: "CPU", cpuCount: 2, kernel: "Linux", loadAverage: [load, load, load], memoryBytes: 1 << 30)
        machine.usableCpus = 2
        let metadata = RunMetadata(runID: "r", commandLine: ["gilbench"], startTime: Date(timeIntervalSince1970: 0),
                                   machine: machine, options: options, references: [])
        var records: [TrialRecord] = []
        for strategy in strategies {
            for workers in [1, 2] {
                for repetition in 1...5 {
                    let seconds = wall(strategy, workers, repetition)
                    let spec = TrialSpec(python: python, workload: workload, size: 10, strategy: strategy, workers: workers,
                                         repetition: repetition, warmup: false, importSite: true)
                    let samples = (0..<workers).map {
                        WorkerSample(index: $0, pid: Int32(10 + $0), interpreterID: Int64($0 + 1), startSeconds: 0, endSeconds: seconds, checksum: "1", error: nil)
                    }
                    records.append(TrialRecord(spec: spec, status: .ok, setupSeconds: 0.01, wallSeconds: seconds, teardownSeconds: 0.001,
                                               checksumOK: true, message: "", workers: samples))
                }
            }
        }
        return RunResults(metadata: metadata, records: records)
    }

    func testACleanRunRanksWithoutCaveatAndSaysNoWarning() throws {
        // processes near 2x, subinterpreters clearly lower: distinct ranges, calm samples.
        let clean = results { strategy, workers, repetition in
            let base = 0.30 + 0.001 * Double(repetition)
            return workers == 1 ? base : base * (strategy == .processes ? 1.02 : 1.6)
        }
        XCTAssertTrue(clean.summary.allSatisfy { $0.warnings.isEmpty }, "\(clean.summary.map(\.warnings))")
        let first = try XCTUnwrap(ReportFindings.sentences(clean).first)
        XCTAssertTrue(first.contains("processes scaled best"), first)
        XCTAssertFalse(first.contains("Provisional"), first)
        let report = String(decoding: try ReportMarkdownExporter(charts: [], rendered: [], problems: []).export(clean), as: UTF8.self)
        XCTAssertTrue(report.contains("## Stability\n\nNo stability warning"), report)
        XCTAssertFalse(SummaryTable.render(clean).contains("stability warning"))
    }

    func testOverlappingRangesAreCalledTied() throws {
        let close = results { strategy, workers, repetition in
            let base = 0.30 + 0.002 * Double(repetition)
            return workers == 1 ? 0.30 : base * (strategy == .processes ? 1.0 : 1.005)
        }
        let first = try XCTUnwrap(ReportFindings.sentences(close).first)
        XCTAssertTrue(first.contains("are tied"), first)
        XCTAssertFalse(first.contains("scaled best"), first)
        XCTAssertFalse(first.contains("ahead of"), first)
    }

    func testMicrosecondCallsQualifyEveryRankingAndShowInEveryOutput() throws {
        let tiny = results { strategy, workers, repetition in
            (workers == 1 ? 0.000_002 : 0.000_004 * (strategy == .processes ? 0.5 : 8)) * (1 + 0.01 * Double(repetition))
        }
        XCTAssertTrue(tiny.summary.allSatisfy { $0.warnings.contains { $0.code == .shortCall } })
        let rankings = ReportFindings.sentences(tiny).filter { $0.contains("best") || $0.contains("tied") || $0.contains("ahead of") }
        XCTAssertFalse(rankings.isEmpty)
        for sentence in rankings { XCTAssertTrue(sentence.contains("Provisional") && sentence.contains("short-call"), sentence) }
        let report = String(decoding: try ReportMarkdownExporter(charts: [], rendered: [], problems: []).export(tiny), as: UTF8.self)
        // One row for the code, however many points carry it: the count, one point's words, and where.
        XCTAssertTrue(report.contains("| **short-call** | 4 | 3.13.0 nbody "), report)
        XCTAssertEqual(report.components(separatedBy: "| **short-call** |").count, 2, report)
        XCTAssertTrue(report.contains(": one run() call takes"), report)
        XCTAssertTrue(report.contains("| 3.13.0 nbody: subinterpreters all; processes all |"), "every point of both lines: \(report)")
        let table = SummaryTable.render(tiny)
        XCTAssertTrue(table.contains("!") && table.contains("short-call (4 points)"), table)
        let csv = String(decoding: try SummaryCSVExporter().export(tiny), as: UTF8.self)
        XCTAssertTrue(csv.split(separator: "\n").dropFirst().allSatisfy { $0.contains("short-call: one run() call takes") }, csv)
    }

    func testAWarnedPointIsNamedByItsWorkerCountWhenItsLineIsNotAllWarned() throws {
        // Only processes at 2 workers spreads (+-40%); every other point is calm.
        let spread = results { strategy, workers, repetition in
            strategy == .processes && workers == 2 ? 0.3 * (1 + 0.2 * Double(repetition - 3)) : 0.3 * (1 + 0.001 * Double(repetition))
        }
        let report = String(decoding: try ReportMarkdownExporter(charts: [], rendered: [], problems: []).export(spread), as: UTF8.self)
        XCTAssertTrue(report.contains("| **high-spread** | 1 | 3.13.0 nbody processes at 2: wall time varies"), report)
        XCTAssertTrue(report.contains("| 3.13.0 nbody: processes 2 |"), report)
    }

    func testABusyMachineIsOneWarningForEveryPointListedOnce() throws {
        let busy = results(load: 3) { _, workers, _ in workers == 1 ? 0.3 : 0.31 }
        XCTAssertTrue(busy.summary.allSatisfy { $0.warnings.map(\.code) == [.highLoad] })
        let report = String(decoding: try ReportMarkdownExporter(charts: [], rendered: [], problems: []).export(busy), as: UTF8.self)
        XCTAssertEqual(report.components(separatedBy: "**high-load** (every point)").count, 2, report)
        XCTAssertTrue(ReportFindings.sentences(busy).first?.contains("Provisional: this rests on points with stability warnings (high-load") ?? false)
    }

    func testContentionAndStragglersAreToldApart() throws {
        // subinterpreters: every worker twice as slow (contention); processes: workers at full speed but the
        // wall time (a late worker) 1.6x theirs.
        let python = ExportFixtures.python
        let workload = ExportFixtures.workload
        let options = RunOptions(pythons: [python], workloads: [workload], strategies: [.subinterpreters, .processes], workerCounts: [1, 2],
                                 sizeOverride: nil, repeatCount: 3, warmupCount: 0, timeoutSeconds: 60, importSite: true)
        let machine = MachineInfo(hostname: "h", cpuModel: "CPU", cpuCount: 2, kernel: "Linux", loadAverage: [0, 0, 0], memoryBytes: 1)
        let metadata = RunMetadata(runID: "r", commandLine: ["gilbench"], startTime: Date(timeIntervalSince1970: 0), machine: machine, options: options, references: [])
        var records: [TrialRecord] = []
        for strategy in [Strategy.subinterpreters, .processes] {
            for workers in [1, 2] {
                for repetition in 1...3 {
                    let spec = TrialSpec(python: python, workload: workload, size: 10, strategy: strategy, workers: workers, repetition: repetition, warmup: false, importSite: true)
                    let own = workers == 2 && strategy == .subinterpreters ? 0.6 : 0.3
                    let wall = workers == 2 && strategy == .processes ? 0.48 : own
                    let samples = (0..<workers).map { index in
                        WorkerSample(index: index, pid: 1, interpreterID: Int64(index + 1), startSeconds: index == 1 ? wall - own : 0,
                                     endSeconds: index == 1 ? wall : own, checksum: "1", error: nil)
                    }
                    records.append(TrialRecord(spec: spec, status: .ok, setupSeconds: 0.01, wallSeconds: wall, teardownSeconds: 0.001, checksumOK: true, message: "", workers: samples))
                }
            }
        }
        let results = RunResults(metadata: metadata, records: records)
        let why = try XCTUnwrap(ReportFindings.sentences(results).first { $0.hasPrefix("Why scaling fell short") })
        XCTAssertTrue(why.contains("subinterpreters: every worker slowed down, 2.00×"), why)
        XCTAssertTrue(why.contains("processes: the workers ran near full speed but finished apart, the wall time 1.60×"), why)
        let report = String(decoding: try ReportMarkdownExporter(charts: [], rendered: [], problems: []).export(results), as: UTF8.self)
        XCTAssertTrue(report.contains("| 3.13.0 | nbody | subinterpreters | 2.00 / 1.00 |"), report)
        XCTAssertTrue(report.contains("| 3.13.0 | nbody | processes | 1.00 / 1.60 |"), report)
    }
}

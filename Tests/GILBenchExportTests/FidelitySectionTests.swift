// FidelitySectionTests: report.md's Fidelity table and findings over constructed results, and their absence.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import GILBenchTestSupport
import XCTest

final class FidelitySectionTests: XCTestCase {
    /// threads and thread-pool at 1 and 2 workers, 5 trials each at 0.3 s +-1%, thread-pool `ratio(workers)` times that.
    private func results(workload: String = "richards", trials: Int = 5, ratio: (Int) -> Double) -> RunResults {
        let python = ExportFixtures.python
        let load = Workload(name: workload, path: "/b/richards.py", summary: "", builtIn: true)
        let options = RunOptions(pythons: [python], workloads: [load], strategies: [.threads, .threadPool], workerCounts: [1, 2],
                                 sizeOverride: nil, repeatCount: trials, warmupCount: 0, timeoutSeconds: 60, importSite: true)
        let machine = MachineInfo(hostname: "h", cpuModel: "CPU", cpuCount: 2, kernel: "Linux", loadAverage: [0, 0, 0], memoryBytes: 1 << 30)
        let metadata = RunMetadata(runID: "r", commandLine: ["gilbench"], startTime: Date(timeIntervalSince1970: 0),
                                   machine: machine, options: options, references: [])
        var records: [TrialRecord] = []
        for strategy in [Strategy.threads, .threadPool] {
            for workers in [1, 2] {
                for repetition in 1...trials {
                    let wall = 0.3 * (1 + 0.01 * Double(repetition - 3)) * (strategy == .threadPool ? ratio(workers) : 1)
                    let spec = TrialSpec(python: python, workload: load, size: 10, strategy: strategy, workers: workers,
                                         repetition: repetition, warmup: false, importSite: true)
                    let samples = (0..<workers).map {
                        WorkerSample(index: $0, pid: 7, interpreterID: 0, startSeconds: 0, endSeconds: wall, checksum: "1", error: nil)
                    }
                    records.append(TrialRecord(spec: spec, status: .ok, setupSeconds: 0.01, wallSeconds: wall, teardownSeconds: 0.001,
                                               checksumOK: true, message: "", workers: samples))
                }
            }
        }
        return RunResults(metadata: metadata, records: records)
    }

    private func report(_ results: RunResults) throws -> String {
        String(decoding: try ReportMarkdownExporter(charts: [], rendered: [], problems: []).export(results), as: UTF8.self)
    }

    func testATableOfRatiosWithIntervalsBoldBeyondTenPercent() throws {
        let run = results { $0 == 1 ? 1.02 : 0.56 }
        let text = FidelitySection.markdown(run)
        XCTAssertTrue(text.hasPrefix("## Fidelity"), text)
        XCTAssertTrue(text.contains("### Python 3.13.0: thread-pool / threads"), text)
        XCTAssertTrue(text.contains("| workload | 1 worker | 2 workers |"), text)
        let points = Fidelity.points(run.records)
        let one = try XCTUnwrap(points.first { $0.workers == 1 }?.interval)
        let two = try XCTUnwrap(points.first { $0.workers == 2 }?.interval)
        XCTAssertTrue(two.upper < 0.9, "\(two)")
        let expected = String(format: "| richards | 1.02<br>%.2f–%.2f | **0.56**<br>%.2f–%.2f |", one.lower, one.upper, two.lower, two.upper)
        XCTAssertTrue(text.contains(expected), "\(expected)\n\(text)")
        XCTAssertTrue(try report(run).contains(text), "the report holds the section")
    }

    func testADifferenceBeyondTenPercentIsAFindingAndAMatchSaysSo() throws {
        let apart = ReportFindings.sentences(results { $0 == 1 ? 1.02 : 0.56 }).filter { $0.hasPrefix("Fidelity") }
        XCTAssertEqual(apart.count, 1, "\(apart)")
        XCTAssertTrue(apart[0].contains("more than 10% at 1 of 2 points: richards at 2 workers 0.56×"), apart[0])
        XCTAssertTrue(apart[0].contains("beyond 10% throughout"), apart[0])
        XCTAssertFalse(apart[0].contains("at 1 worker"), "1.02 is within the band: \(apart[0])")

        let close = ReportFindings.sentences(results { _ in 1.03 }).filter { $0.hasPrefix("Fidelity") }
        XCTAssertEqual(close.count, 1)
        XCTAssertTrue(close[0].contains("within 10% at all 2 points"), close[0])
        XCTAssertTrue(close[0].contains("2 of 2 with the whole 95% interval inside that band"), close[0])

        // Three trials: a ratio beyond the band without an interval is named, and says it is not settled.
        let few = ReportFindings.sentences(results(trials: 3) { _ in 1.3 }).filter { $0.hasPrefix("Fidelity") }
        XCTAssertTrue(few[0].contains("too few trials for a 95% interval"), few[0])
    }

    func testNoTwinPairNoSectionAndNoFinding() throws {
        let run = ExportFixtures.results() // threads and processes, no Python-level strategy
        XCTAssertEqual(FidelitySection.markdown(run), "")
        XCTAssertFalse(try report(run).contains("## Fidelity"))
        XCTAssertFalse(ReportFindings.sentences(run).contains { $0.hasPrefix("Fidelity") })
    }

    func testHostileWorkloadNamesStayText() throws {
        let text = FidelitySection.markdown(results(workload: "a|b<script>\n![x](http://t)") { _ in 1.5 })
        XCTAssertFalse(text.contains("<script>"), text)
        XCTAssertFalse(text.contains("![x]"), text)
        XCTAssertTrue(text.contains("a\\|b&lt;script&gt;"), text)
    }
}

// FreeThreadedExportTests: a GIL build beside its free-threaded twin: the gil and baseline columns, the throughput
// charts, the report's lock-model wording and single-thread cost, and format-1 folders read with the default baseline.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import XCTest

final class FreeThreadedExportTests: XCTestCase {
    private func summaryRows(_ results: RunResults) throws -> [[String: String]] {
        let text = String(decoding: try SummaryCSVExporter().export(results), as: UTF8.self)
        let rows = CSVFormat.parse(text)
        let header = try XCTUnwrap(rows.first)
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    func testSummaryCSVHasLockModelBaselineAndThroughput() throws {
        let rows = try summaryRows(FreeThreadedFixtures.results())
        XCTAssertEqual(rows.count, 2 * 2 * 4 * 2)
        func row(_ build: String, _ workload: String, _ strategy: String, _ workers: String) throws -> [String: String] {
            try XCTUnwrap(rows.first { $0["python_build"] == build && $0["workload"] == workload && $0["strategy"] == strategy && $0["workers"] == workers })
        }
        XCTAssertEqual(try row("default", "nbody", "threads", "1")["gil"], "shared")
        XCTAssertEqual(try row("default", "nbody", "shared-subinterpreters", "2")["gil"], "shared")
        XCTAssertEqual(try row("free-threaded", "nbody", "threads", "2")["gil"], "none")
        XCTAssertEqual(try row("free-threaded", "nbody", "shared-subinterpreters", "2")["gil"], "none")
        XCTAssertEqual(try row("free-threaded", "nbody", "subinterpreters", "2")["gil"], "per-interpreter")
        XCTAssertEqual(try row("free-threaded", "nbody", "processes", "2")["gil"], "per-process")
        XCTAssertTrue(rows.allSatisfy { $0["baseline"] == "3.13.5 threads" })
        // 2 workers x 0.1 s / (1.4 x 0.1 s): the free-threaded threads scale 2x but each runs at 1/1.4 of the baseline.
        XCTAssertEqual(Double(try row("free-threaded", "nbody", "threads", "2")["throughput_vs_baseline"] ?? "")!, 2 / 1.4, accuracy: 1e-4)
        XCTAssertEqual(try row("free-threaded", "nbody", "threads", "2")["speedup"], "2.0000")
        XCTAssertEqual(try row("default", "nbody", "threads", "1")["throughput_vs_baseline"], "1.0000")
        let spread = try row("free-threaded", "pidigits", "processes", "2")
        XCTAssertLessThan(Double(spread["throughput_vs_baseline_min"]!)!, Double(spread["throughput_vs_baseline"]!)!)
        XCTAssertGreaterThan(Double(spread["throughput_vs_baseline_max"]!)!, Double(spread["throughput_vs_baseline"]!)!)
    }

    func testThroughputChartsPutEveryPythonAndStrategyOnOneAxis() throws {
        let charts = ChartPlan.charts(for: FreeThreadedFixtures.results()).filter { $0.kind == .throughput }
        XCTAssertEqual(charts.map(\.name), ["throughput-geomean", "throughput-nbody", "throughput-pidigits"])
        let mean = try XCTUnwrap(charts.first)
        XCTAssertNil(mean.python)
        XCTAssertTrue(mean.parameters.contains(.string("csv", "../throughput_geomean.csv")))
        XCTAssertTrue(mean.parameters.contains(.string("workload", "geomean")))
        XCTAssertTrue(mean.parameters.contains(.string("baseline", "3.13.5 threads")))
        XCTAssertTrue(mean.parameters.contains(.number("series", 8)))
        XCTAssertTrue(mean.parameters.contains(.string("series_title_1", "3.13.5 threads (gil: shared)")))
        XCTAssertTrue(mean.parameters.contains(.string("series_title_5", "3.13.5t threads (gil: none)")))
        XCTAssertTrue(mean.parameters.contains(.string("series_title_7", "3.13.5t shared-subinterpreters (gil: none)")))
        XCTAssertTrue(mean.parameters.contains(.string("series_build_5", "free-threaded")))
        XCTAssertTrue(mean.parameters.contains(.number("series_python_5", 2)))
        let speedup = try XCTUnwrap(ChartPlan.charts(for: FreeThreadedFixtures.results()).first { $0.name == "speedup-nbody-py3.13.5t" })
        XCTAssertTrue(speedup.parameters.contains(.string("lock_strategies", "threads subinterpreters shared-subinterpreters processes")))
        XCTAssertTrue(speedup.parameters.contains(.string("lock_models", "none per-interpreter none per-process")))
        let nbody = try XCTUnwrap(charts.first { $0.name == "throughput-nbody" })
        XCTAssertTrue(nbody.parameters.contains(.string("csv", "../summary.csv")))
        XCTAssertTrue(nbody.parameters.contains(.string("workload", "nbody")))
    }

    /// A label from the data reaches gnuplot only as a quoted string parameter, through the shared encoder.
    func testHostileWorkloadNameStaysAQuotedString() throws {
        let name = "x'; system('touch pwned'); y='"
        let charts = ChartPlan.charts(for: FreeThreadedFixtures.results(workloads: [name])).filter { $0.kind == .throughput }
        let chart = try XCTUnwrap(charts.first)
        XCTAssertTrue(chart.name.allSatisfy { $0.isLetter || $0.isNumber || "._-".contains($0) }, chart.name)
        let parameter = try XCTUnwrap(chart.parameters.first { $0.name == "workload" })
        XCTAssertEqual(parameter, .string("workload", name))
        let script = GnuplotScript.text(for: chart, definition: "# body\n", runID: "r")
        XCTAssertFalse(script.contains("\nworkload = 'x'; system"), "the quote must be escaped")
    }

    func testThroughputGeomeanCSV() throws {
        let text = String(decoding: try ThroughputGeomeanCSVExporter().export(FreeThreadedFixtures.results()), as: UTF8.self)
        let rows = CSVFormat.parse(text)
        XCTAssertEqual(rows.first, ThroughputGeomeanCSVExporter.columns)
        for name in ["python_version", "python_build", "workload", "strategy", "workers", "gil", "baseline", "throughput_vs_baseline",
                     "throughput_vs_baseline_min", "throughput_vs_baseline_max"] {
            XCTAssertTrue(SummaryCSVExporter.columns.contains(name), "\(name) must mean the same in both CSVs")
        }
        let freeThreads = try XCTUnwrap(rows.first { $0[1] == "free-threaded" && $0[3] == "threads" && $0[4] == "2" })
        XCTAssertEqual(freeThreads[5], "none")
        XCTAssertEqual(Double(freeThreads[8])!, 2 / 1.4, accuracy: 1e-4)
    }

    func testReportSaysNoGILAndStatesTheSingleThreadCost() throws {
        let results = FreeThreadedFixtures.results()
        let sentences = ReportFindings.sentences(results)
        let freeSentences = sentences.filter { $0.contains("3.13.5t") && !$0.hasPrefix("Throughput") && !$0.hasPrefix("Single-thread") && !$0.hasPrefix("Across") }
        XCTAssertFalse(freeSentences.isEmpty)
        for sentence in freeSentences {
            XCTAssertFalse(sentence.contains("share one GIL") || sentence.lowercased().contains("shared-gil") || sentence.contains("shared GIL"), sentence)
        }
        XCTAssertTrue(sentences.contains { $0.hasPrefix("Python 3.13.5t (free-threaded: no GIL, so threads and legacy sub-interpreters run in parallel), 2 workers") }, "\(sentences)")
        XCTAssertTrue(sentences.contains { $0.contains("shared-subinterpreters (no GIL, in parallel)") }, "\(sentences)")
        XCTAssertTrue(sentences.contains { $0.contains("the speedup of threads, which share one GIL.") }, "the GIL build still says so: \(sentences)")
        let throughput = try XCTUnwrap(sentences.first { $0.hasPrefix("Throughput at 2 workers against one worker of 3.13.5 threads") })
        XCTAssertTrue(throughput.contains("3.13.5t threads (no GIL, in parallel) 1.43×"), throughput)
        let cost = try XCTUnwrap(sentences.first { $0.hasPrefix("Single-thread cost:") })
        XCTAssertTrue(cost.contains("3.13.5t took 1.40× the time of one on 3.13.5 (40% slower; geometric mean over 2 workloads; 95% CI"), cost)

        let charts = ChartPlan.charts(for: results)
        let text = String(decoding: try ReportMarkdownExporter(charts: charts, rendered: charts, problems: []).export(results), as: UTF8.self)
        XCTAssertTrue(text.contains("## Single-thread cost of free-threaded builds\n"))
        XCTAssertTrue(text.contains("### 3.13.5t against 3.13.5 (threads, 1 worker)\n"))
        XCTAssertTrue(text.contains("| nbody | 0.100 | 0.140 | 1.400 | "), text)
        XCTAssertTrue(text.contains("| geometric mean | | | 1.400 | "), text)
        XCTAssertTrue(text.contains("| nbody | threads | none | "), "the gil column in the report's tables")
        XCTAssertTrue(text.contains("Throughput against one worker of 3.13.5 threads"))
        XCTAssertTrue(text.contains("![Throughput over all workloads (geometric mean) against 3.13.5 threads at 1 worker"))
        XCTAssertFalse(text.lowercased().contains("shared-gil"))
    }

    /// Threads that run without a GIL but scale worse than processes are named as such (the lock model `none`, not
    /// a missing one: `case .none` on an optional once matched nil instead).
    func testReportSaysThreadsRunWithoutAGILWhenTheyTrailTheBest() throws {
        let sentences = ReportFindings.sentences(FreeThreadedFixtures.results(freeThreadsSlowdown: 1.6))
        let free = try XCTUnwrap(sentences.first { $0.hasPrefix("Python 3.13.5t (free-threaded") }, "\(sentences)")
        XCTAssertTrue(free.contains("the speedup of threads, which run in parallel without a GIL."), free)
        let gil = try XCTUnwrap(sentences.first { $0.hasPrefix("Python 3.13.5, ") }, "\(sentences)")
        XCTAssertTrue(gil.contains("the speedup of threads, which share one GIL."), gil)
    }

    func testTerminalTableShowsLockModelAndThroughput() {
        let table = SummaryTable.render(FreeThreadedFixtures.results())
        XCTAssertTrue(table.contains("vs base = throughput at 2 workers against one worker of 3.13.5 threads"), table)
        let line = table.split(separator: "\n").first { $0.hasPrefix("nbody") && $0.contains("shared-subinterpreters") && $0.contains(" none ") }
        XCTAssertNotNil(line, table)
        XCTAssertTrue(line?.contains("1.43") ?? false, String(line ?? ""))
    }

    func testRecordedBaselineWinsOverTheDefault() throws {
        let chosen = ThroughputBaseline(python: FreeThreadedFixtures.free, strategy: .processes)
        let rows = try summaryRows(FreeThreadedFixtures.results(baseline: chosen))
        XCTAssertTrue(rows.allSatisfy { $0["baseline"] == "3.13.5t processes" })
        let data = try MetadataJSONExporter().export(FreeThreadedFixtures.results(baseline: chosen))
        XCTAssertEqual(try MetadataJSONExporter.decode(data).baseline, chosen)
    }

    /// Results/reference is format 1: no baseline in metadata, no gil column; the reader applies the default rule.
    func testFormatOneFolderGetsTheDefaultBaseline() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Results/reference")
        let results = try ResultFolderReader.load(folder)
        XCTAssertEqual(results.metadata.formatVersion, 1)
        XCTAssertNil(results.metadata.baseline)
        let first = try XCTUnwrap(results.metadata.options.pythons.first)
        XCTAssertTrue(results.summary.allSatisfy { $0.baseline == ThroughputBaseline(python: first, strategy: .threads) })
        XCTAssertTrue(results.summary.contains { $0.throughputVsBaseline != nil })
        XCTAssertTrue(results.summary.filter { $0.strategy == .threads }.allSatisfy { $0.lockModel == .shared })
    }
}

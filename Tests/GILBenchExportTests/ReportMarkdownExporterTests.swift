// ReportMarkdownExporterTests: report.md's sections, tables, findings and chart links.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import XCTest

final class ReportMarkdownExporterTests: XCTestCase {
    private func report(_ results: RunResults = ChartFixtures.results(), drawn: Bool = true, problems: [GILBenchError] = []) throws -> String {
        let charts = ChartPlan.charts(for: results)
        let exporter = ReportMarkdownExporter(charts: charts, rendered: drawn ? charts : [], problems: problems)
        XCTAssertEqual(exporter.fileName, "report.md")
        return String(decoding: try exporter.export(results), as: UTF8.self)
    }

    func testSectionsMachineAndCommandLine() throws {
        let text = try report()
        for heading in ["# gilbench report: fixture-run", "## Findings", "## Machine and Pythons", "## Command line", "## Summary",
                        "### Python 3.11.7", "### Python 3.13.0", "## Charts", "### Comparing Pythons and strategies"] {
            XCTAssertTrue(text.contains(heading + "\n"), heading)
        }
        XCTAssertTrue(text.contains("| CPU | Test CPU 'X', 2 logical CPUs |"))
        XCTAssertTrue(text.contains("| 3.11.7 | default | no (needs 3.12+) |"))
        XCTAssertTrue(text.contains("```sh\ngilbench run --python 3.11,3.13\n```"), "the command line, without the binary's folder")
    }

    /// `--note` (scripts/bench: which release and why) is one line under the Pythons, encoded as data; absent without it.
    func testNoteSaysWhyThesePythonsAndStaysData() throws {
        XCTAssertFalse(try report().contains("Why these:"))
        let base = ChartFixtures.results()
        var options = base.metadata.options
        options.note = "CPython 3.13.15 | <b>newest</b>\n`x` [link](y)"
        let metadata = RunMetadata(runID: "fixture-run", commandLine: base.metadata.commandLine, startTime: Date(timeIntervalSince1970: 0),
                                   machine: base.metadata.machine, options: options, references: [])
        let text = try report(RunResults(metadata: metadata, records: base.records))
        let line = try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix("Why these: ") }, text)
        XCTAssertTrue(line.contains("CPython 3.13.15"), String(line))
        XCTAssertFalse(line.contains("<b>") || line.contains(" | ") || line.contains("[link](y)"), String(line))
        XCTAssertTrue(line.contains("newest"), "the note's text after the escaped newline stays on its line: \(line)")
    }

    func testFirstLineNamesTheStrategiesTheRunMeasured() throws {
        let text = try report()
        let expected = "How CPU-bound Python scaled over cores under \(Strategy.defaultStrategies.count) strategies ("
            + Strategy.defaultStrategies.map(\.rawValue).joined(separator: ", ") + "). "
        XCTAssertTrue(text.contains("\n\n" + expected), text)
        XCTAssertFalse(text.contains("four strategies"))
        XCTAssertEqual(ReportMarkdownExporter.strategiesMeasured([.threadPool]), "1 strategy (thread-pool)")
    }

    func testSummaryTablesHoldSpeedupEfficiencyAndTimes() throws {
        let text = try report()
        XCTAssertTrue(text.contains("| workload | strategy | gil | 1 worker | 2 workers | 3 workers |"))
        XCTAssertTrue(text.contains("| nbody | processes | per-process | 1.00 (100%)<br>1.00–1.00<br>⚠ few-trials | 2.00 (100%)<br>2.00–2.00<br>⚠ few-trials |"), text)
        XCTAssertTrue(text.contains("| nbody | subinterpreters | per-interpreter | unsupported | unsupported | unsupported |"))
        XCTAssertTrue(text.contains("| nbody | processes | per-process | 0.100 s / 30.0 ms | 0.100 s / 60.0 ms |"))
    }

    func testFindingsNameTheBestStrategyAndWhatDidNotRun() throws {
        let sentences = ReportFindings.sentences(ChartFixtures.results())
        XCTAssertTrue(sentences.contains { $0.hasPrefix("Python 3.13.0, 2 workers on 2 CPUs: processes scaled best, 1.79× speedup (89% efficiency; ideal 2.00×; geometric mean over the 2 workloads), ahead of subinterpreters 1.50×") }, "\(sentences)")
        XCTAssertTrue(sentences.contains { $0.contains("That is 1.79× the speedup of threads") })
        XCTAssertTrue(sentences.contains("Best per workload at 2 workers (Python 3.13.0): nbody processes 2.00×; pidigits processes 1.60×. Provisional: this rests on points with stability warnings (few-trials; see Stability below)."), "2 trials per point: every ranking is provisional")
        XCTAssertTrue(sentences.contains { $0.hasPrefix("Starting one worker took 4.0 ms with threads, 12.0 ms with subinterpreters, 13.0 ms with shared-subinterpreters, 30.0 ms with processes (Python 3.13.0") })
        XCTAssertTrue(sentences.contains { $0.hasPrefix("subinterpreters did not run on Python 3.11.7 (unsupported): own-GIL sub-interpreters need CPython 3.12+") })
        XCTAssertTrue(sentences.contains { $0.hasPrefix("Across Pythons at 2 workers (geometric mean over the 2 workloads): threads 1.00× on 3.11.7, 1.00× on 3.13.0; shared-subinterpreters 1.00× on 3.11.7, 1.00× on 3.13.0; processes 1.79× on 3.11.7, 1.79× on 3.13.0.") }, "\(sentences)")
        XCTAssertTrue(sentences.contains { $0.hasPrefix("Beyond the 2 cores, at 3 workers") })
    }

    func testFailuresAreReportedWithTheirReason() throws {
        let sentences = ReportFindings.sentences(ChartFixtures.results(failing: true))
        XCTAssertTrue(sentences.contains("nbody with processes on Python 3.13.0 failed (timeout) at 3 worker(s): 1 of 2 trials failed: killed after 60 s (see trials.csv)."), "\(sentences)")
    }

    func testChartsAreEmbeddedWithTheirScripts() throws {
        let text = try report()
        XCTAssertTrue(text.contains("![Speedup of nbody, Python 3.13.0](plots/speedup-nbody-py3.13.0.png)"))
        XCTAssertTrue(text.contains("[SVG](plots/speedup-nbody-py3.13.0.svg), [gnuplot script](plots/speedup-nbody-py3.13.0.gp)"))
        XCTAssertTrue(text.contains("![Speedup of pidigits by Python release](plots/speedup-by-python-pidigits.png)"))
    }

    func testUndrawnChartsSayWhyAndHowToGetThem() throws {
        let text = try report(drawn: false, problems: [.gnuplotMissing(resultsPath: "Results/x")])
        XCTAssertFalse(text.contains("!["))
        XCTAssertTrue(text.contains("gnuplot is not installed"))
        XCTAssertTrue(text.contains("gilbench plot Results/x"))
        XCTAssertTrue(text.contains("Speedup of nbody, Python 3.13.0: not drawn ([gnuplot script](plots/speedup-nbody-py3.13.0.gp))"))
    }
}

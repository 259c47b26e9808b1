// RunEndSummaryTests: the lines that end a run: folder, report, a count of charts (never each path), warnings by code.
import Foundation
import GILBenchCore
@testable import GILBenchExport
import GILBenchResults
import GILBenchTestSupport
import XCTest

final class RunEndSummaryTests: XCTestCase {
    private let folder = URL(fileURLWithPath: "/results/run-1", isDirectory: true)

    private func publication(_ results: RunResults, drawn: Int? = nil, skipped: Bool = false) -> ReportPublication {
        let charts = ChartPlan.charts(for: results)
        return ReportPublication(directory: folder, charts: charts, rendered: skipped ? [] : Array(charts.prefix(drawn ?? charts.count)),
                                 problems: [], warnings: [], chartsSkipped: skipped)
    }

    func testCountsTheChartsAndNamesNoChartFile() {
        let results = ChartFixtures.results()
        let charts = ChartPlan.charts(for: results)
        XCTAssertGreaterThan(charts.count, 3)
        let text = RunEndSummary.text(results, publication: publication(results))
        XCTAssertTrue(text.contains("results: /results/run-1 (summary.csv"), text)
        XCTAssertTrue(text.contains("report:  /results/run-1/report.md\n"), text)
        XCTAssertTrue(text.contains("charts:  \(charts.count) in /results/run-1/plots/ "), text)
        XCTAssertFalse(text.contains(".png"), text)
        XCTAssertEqual(text.split(separator: "\n").count, 4, text)
        let partial = RunEndSummary.text(results, publication: publication(results, drawn: 2))
        XCTAssertTrue(partial.contains("charts:  2 of \(charts.count) drawn in /results/run-1/plots/"), partial)
    }

    func testNoPlotsSaysHowToDrawThemLater() {
        let results = ChartFixtures.results()
        let text = RunEndSummary.text(results, publication: publication(results, skipped: true))
        XCTAssertTrue(text.contains("charts:  not drawn (--no-plots); draw the \(ChartPlan.charts(for: results).count) later with: gilbench plot /results/run-1"), text)
    }

    func testWarningsAreCountedByCode() {
        let results = ExportFixtures.results() // 2 trials a point: few-trials on every measured point
        let text = RunEndSummary.text(results, publication: publication(results))
        let fewTrials = results.summary.filter { $0.warnings.contains { $0.code == .fewTrials } }.count
        XCTAssertGreaterThan(fewTrials, 0)
        XCTAssertTrue(text.contains("warnings: few-trials \(fewTrials) points"), text)
        XCTAssertEqual(RunEndSummary.warningsLine([]), "none")
    }

    func testAHostileFolderNameIsShownNotObeyed() {
        let results = ChartFixtures.results()
        let hostile = ReportPublication(directory: URL(fileURLWithPath: "/r/\u{1b}[2Jx", isDirectory: true), charts: [], rendered: [],
                                        problems: [], warnings: [])
        let text = RunEndSummary.text(results, publication: hostile)
        XCTAssertFalse(text.contains("\u{1b}"), text)
    }
}

// ReportPublisherTests: without gnuplot or without plots/, a run folder still gets its scripts, derived CSV and report.
import Foundation
import GILBenchCore
import GILBenchExport
import XCTest

final class ReportPublisherTests: XCTestCase {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gilbench-publisher-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    private var builtInPlots: ChartDefinitions {
        ChartDefinitions.builtIn
    }

    func testWithoutGnuplotScriptsAndReportAreWrittenAndTheProblemSaysHowToInstallIt() throws {
        let folder = try temporaryFolder()
        let results = ChartFixtures.results()
        let publication = try ReportPublisher.publish(results, in: folder, definitions: .success(builtInPlots), gnuplot: nil)
        XCTAssertEqual(publication.problems, [.gnuplotMissing(resultsPath: folder.path)])
        XCTAssertTrue(publication.problems[0].description.contains("apt-get install gnuplot-nox"))
        XCTAssertEqual(publication.rendered, [])
        XCTAssertEqual(publication.charts, ChartPlan.charts(for: results))
        for chart in publication.charts {
            let script = try String(contentsOf: folder.appendingPathComponent("plots/\(chart.scriptName)"), encoding: .utf8)
            XCTAssertTrue(script.contains("# ---- plots/\(chart.kind.scriptName) ----"))
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("speedup_geomean.csv").path))
        let report = try String(contentsOf: publication.reportURL, encoding: .utf8)
        XCTAssertTrue(report.contains("gnuplot is not installed"))
    }

    func testWithoutChartDefinitionsTheReportIsStillWritten() throws {
        let folder = try temporaryFolder()
        let publication = try ReportPublisher.publish(ChartFixtures.results(), in: folder, definitions: .failure(.plotsFolderMissing), gnuplot: nil)
        XCTAssertEqual(publication.problems, [.plotsFolderMissing])
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("plots").path))
        let report = try String(contentsOf: publication.reportURL, encoding: .utf8)
        XCTAssertTrue(report.contains("GILBENCH_PLOTS"), report)
    }

    func testNoPayloadMeasuredNoPayloadCSV() throws {
        let folder = try temporaryFolder()
        let results = ChartFixtures.results()
        XCTAssertTrue(PayloadSweep.points(results).isEmpty)
        _ = try ReportPublisher.publish(results, in: folder, definitions: .success(builtInPlots), gnuplot: nil)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("payload.csv").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.md").path))
    }

    func testNoPlotsWritesNoChartAndTheReportSaysHowToDrawThem() throws {
        let folder = try temporaryFolder()
        let results = ChartFixtures.results()
        let publication = try ReportPublisher.publish(results, in: folder, definitions: .success(builtInPlots), gnuplot: nil, drawCharts: false)
        XCTAssertTrue(publication.chartsSkipped)
        XCTAssertEqual(publication.problems, [], "not drawing was asked for: no gnuplot problem")
        XCTAssertEqual(publication.rendered, [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("plots").path))
        let report = try String(contentsOf: publication.reportURL, encoding: .utf8)
        XCTAssertTrue(report.contains("Not drawn (--no-plots): `gilbench plot <this folder>` draws the \(publication.charts.count) charts"), report)
        XCTAssertFalse(report.contains("]("), "no link to a chart that is not there")
    }

    func testACompactReportKeepsTheSpeedupTablesAndTheOverviewChartsOnly() throws {
        let folder = try temporaryFolder()
        let results = ChartFixtures.results()
        XCTAssertEqual(ReportStyle.automatic(for: results), .full, "two workloads are no survey")
        let full = try ReportPublisher.publish(results, in: folder, definitions: .success(builtInPlots), gnuplot: nil)
        let fullText = try String(contentsOf: full.reportURL, encoding: .utf8)
        XCTAssertTrue(fullText.contains("Median wall time / set-up time"))
        XCTAssertTrue(fullText.contains("Speedup of nbody"))
        let compact = try ReportPublisher.publish(results, in: folder, definitions: .success(builtInPlots), gnuplot: nil, style: .compact)
        let text = try String(contentsOf: compact.reportURL, encoding: .utf8)
        XCTAssertTrue(text.contains("Speedup × (efficiency):"), text)
        XCTAssertTrue(text.contains("A compact report for a survey of 2 workloads"), text)
        XCTAssertFalse(text.contains("Median wall time / set-up time"), text)
        XCTAssertFalse(text.contains("## Contention and stragglers"), text)
        XCTAssertFalse(text.contains("Speedup of nbody"), "per-workload charts are left out: \(text)")
        XCTAssertTrue(text.contains("Speedup over all workloads (geometric mean)"), text)
        XCTAssertTrue(text.contains("## Findings") && text.contains("## Stability"), text)
        XCTAssertLessThan(text.count, fullText.count)
    }
}

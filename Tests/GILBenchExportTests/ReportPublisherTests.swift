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
}

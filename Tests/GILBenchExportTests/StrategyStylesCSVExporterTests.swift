// StrategyStylesCSVExporterTests: the style table the chart templates read holds every strategy's descriptor style,
// every strategy-drawing chart is pointed at it, and a published run folder carries it beside the scripts.
import Foundation
import GILBenchCore
import GILBenchResults
import GILBenchExport
import XCTest

final class StrategyStylesCSVExporterTests: XCTestCase {
    func testOneRowPerStrategyWithItsDescriptorsStyleInLegendOrder() throws {
        let rows = CSVFormat.parse(String(decoding: StrategyStylesCSVExporter.table(), as: UTF8.self))
        XCTAssertEqual(rows.first, StrategyStylesCSVExporter.columns)
        XCTAssertEqual(rows.dropFirst().map(\.[0]), Strategy.allCases.map(\.rawValue))
        for (row, strategy) in zip(rows.dropFirst(), Strategy.allCases) {
            let style = strategy.descriptor.chartStyle
            XCTAssertEqual(row, [strategy.rawValue, style.colour, String(style.pointType), String(style.dashType), String(style.fillPattern)])
        }
        XCTAssertEqual(try StrategyStylesCSVExporter().export(ChartFixtures.results()), StrategyStylesCSVExporter.table(),
                       "the table depends on the descriptors, not on the run")
    }

    func testEveryChartThatDrawsStrategiesIsPointedAtTheTable() {
        let charts = ChartPlan.charts(for: ChartFixtures.results())
        XCTAssertFalse(charts.isEmpty)
        for chart in charts {
            XCTAssertTrue(chart.parameters.contains(.string("styles", StrategyStylesCSVExporter.name)), chart.name)
        }
        // Legends name each strategy's lock model through word lists, not one numbered variable per strategy.
        let speedup = charts.first { $0.kind == .speedup && $0.python == "3.11.7" }!
        XCTAssertFalse(speedup.parameters.contains { $0.name.hasPrefix("gil_") })
        XCTAssertTrue(speedup.parameters.contains(.string("lock_strategies", Strategy.defaultStrategies.map(\.rawValue).joined(separator: " "))))
    }

    func testPublishingWritesTheTableIntoPlots() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gilbench-styles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        _ = try ReportPublisher.publish(ChartFixtures.results(), in: folder, definitions: .success(.builtIn), gnuplot: nil)
        let written = try Data(contentsOf: folder.appendingPathComponent("plots/\(StrategyStylesCSVExporter.name)"))
        XCTAssertEqual(written, StrategyStylesCSVExporter.table())
    }
}

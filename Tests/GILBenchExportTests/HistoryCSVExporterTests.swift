// HistoryCSVExporterTests: the fixed column layout history.gp relies on, with empty cells for unmeasured strategies.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import GILBenchTestSupport
import XCTest

final class HistoryCSVExporterTests: XCTestCase {
    func testColumnsAreFixedAndValuesLandInTheirStrategy() throws {
        let results = ExportFixtures.results()
        let entries = HistoryEntry.entries(runID: "r", startTime: results.metadata.startTime,
                                           pythons: results.metadata.options.pythons, summary: results.summary)
        let series = HistorySeries(entries: entries, workload: "nbody", workers: 2)
        let rows = CSVFormat.parse(String(decoding: HistoryCSVExporter.export(series), as: UTF8.self))
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(rows[0].count, 7 + 6 * Strategy.allCases.count + 1)
        XCTAssertEqual(rows[0].last, "machine", "after every strategy, so history.gp's columns stay put")
        XCTAssertEqual(rows[0][7], "threads_speedup", "history.gp reads strategy i from column 8 + 6 i")
        XCTAssertEqual(rows[0][25], "processes_speedup")
        XCTAssertEqual(rows[1][7], "1.0000") // threads: 2 x 0.1 / 0.2
        XCTAssertEqual(rows[1][25], "2.0000") // processes: 2 x 0.1 / 0.1
        XCTAssertEqual(rows[1][13], "", "subinterpreters were not measured")
        XCTAssertEqual(rows[1][10], "0.100000") // threads 1-worker wall
    }
}

// SpeedupGeomeanTests: the geometric mean over workloads and speedup_geomean.csv.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import XCTest

final class SpeedupGeomeanTests: XCTestCase {
    func testMeansOverEveryWorkloadWithKnownValues() throws {
        let rows = SpeedupGeomean.rows(ChartFixtures.results().summary)
        let processes = try XCTUnwrap(rows.first { $0.pythonVersion == "3.13.0" && $0.strategy == .processes && $0.workers == 2 })
        XCTAssertEqual(processes.workloads, 2)
        XCTAssertEqual(processes.speedup, (2.0 * 1.6).squareRoot(), accuracy: 1e-9)
        XCTAssertEqual(processes.efficiency, (2.0 * 1.6).squareRoot() / 2, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(processes.speedupMinimum), processes.speedup, accuracy: 1e-9, "identical trials: no spread")
        let threads = try XCTUnwrap(rows.first { $0.pythonVersion == "3.13.0" && $0.strategy == .threads && $0.workers == 3 })
        XCTAssertEqual(threads.speedup, 1, accuracy: 1e-9)
    }

    func testUnsupportedAndPartlyMissingPointsFormNoMean() {
        let rows = SpeedupGeomean.rows(ChartFixtures.results().summary)
        XCTAssertFalse(rows.contains { $0.pythonVersion == "3.11.7" && $0.strategy == .subinterpreters })
        XCTAssertTrue(rows.contains { $0.pythonVersion == "3.11.7" && $0.strategy == .processes })
        // One workload without a speedup at a point: no mean of the other workload alone.
        var summary = ChartFixtures.results().summary
        summary.removeAll { $0.pythonVersion == "3.13.0" && $0.workload == "pidigits" && $0.strategy == .threads && $0.workers == 2 }
        let partial = SpeedupGeomean.rows(summary)
        XCTAssertFalse(partial.contains { $0.pythonVersion == "3.13.0" && $0.strategy == .threads && $0.workers == 2 })
        XCTAssertTrue(partial.contains { $0.pythonVersion == "3.13.0" && $0.strategy == .threads && $0.workers == 3 })
    }

    func testCSVHasTheSummaryColumnNamesTheScriptsRead() throws {
        let data = try SpeedupGeomeanCSVExporter().export(ChartFixtures.results())
        let rows = CSVFormat.parse(String(decoding: data, as: UTF8.self))
        XCTAssertEqual(rows[0], SpeedupGeomeanCSVExporter.columns)
        for name in ["python_version", "python_build", "workload", "strategy", "workers", "speedup", "speedup_min", "speedup_max", "efficiency"] {
            XCTAssertTrue(SummaryCSVExporter.columns.contains(name), "\(name) must mean the same in both CSVs")
        }
        let line = try XCTUnwrap(rows.first { $0[0] == "3.13.0" && $0[3] == "processes" && $0[4] == "2" })
        XCTAssertEqual(line, ["3.13.0", "default", "geomean", "processes", "2", "2", "1.7889", "1.7889", "1.7889", "0.8944"])
        // 2 Pythons x (4 + 3) strategies with means x 3 worker counts.
        XCTAssertEqual(rows.count - 1, (4 + 3) * 3)
    }
}

// HistorySeriesTests: entry order by date or Python, and series values per workload and as a geometric mean.
import GILBenchCore
import XCTest

final class HistorySeriesTests: XCTestCase {
    typealias F = TrialRecordFactory

    private func entry(_ version: String, _ start: String, factor: Double, workloads: [String] = ["a", "b"]) -> HistoryEntry {
        let python = F.python(version)
        let records = workloads.flatMap { name in
            F.records(python: python, workload: name, workers: 1, walls: [0.1 * factor, 0.1 * factor, 0.1 * factor])
                + F.records(python: python, workload: name, workers: 2, walls: [0.1 * factor, 0.1 * factor, 0.1 * factor])
        }
        return HistoryEntry.entries(runID: start, startTime: start, pythons: [python], summary: Summarizer.summarize(records))[0]
    }

    func testOrderByDateOrByPython() {
        let entries = [entry("3.13.0", "2026-01-01T00:00:00Z", factor: 1), entry("3.12.1", "2026-02-01T00:00:00Z", factor: 1),
                       entry("3.11.7", "2026-01-15T00:00:00Z", factor: 1)]
        XCTAssertEqual(HistoryEntry.ordered(entries, by: .date).map(\.python.version), ["3.13.0", "3.11.7", "3.12.1"])
        XCTAssertEqual(HistoryEntry.ordered(entries, by: .python).map(\.python.version), ["3.11.7", "3.12.1", "3.13.0"])
    }

    func testSeriesValuesAndGeometricMeanOverCommonWorkloads() throws {
        let entries = [entry("3.12.1", "2026-01-01T00:00:00Z", factor: 1), entry("3.13.0", "2026-01-02T00:00:00Z", factor: 1.2, workloads: ["a", "b", "c"])]
        let perWorkload = HistorySeries(entries: entries, workload: "a", workers: 2)
        XCTAssertEqual(perWorkload.rows.count, 2)
        let point = try XCTUnwrap(perWorkload.rows[1].points[.threads])
        XCTAssertEqual(try XCTUnwrap(point.speedup), 2, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(point.wallSeconds), 0.12, accuracy: 1e-9)
        XCTAssertNil(perWorkload.rows[1].points[.processes]?.speedup)
        let mean = HistorySeries(entries: entries, workload: nil, workers: 2)
        XCTAssertEqual(mean.workloads, ["a", "b"], "c is not in every entry")
        XCTAssertEqual(mean.name, "geomean")
        XCTAssertEqual(try XCTUnwrap(mean.rows[0].points[.threads]?.wallSeconds), 0.1, accuracy: 1e-9)
    }

    /// A campaign of one-workload runs (the 16-core sweep) has no workload common to every entry: no geometric
    /// mean chart, whose gnuplot script would have no point to draw.
    func testNoGeometricMeanWithoutACommonWorkload() throws {
        let entries = [entry("3.13.0", "2026-01-01T00:00:00Z", factor: 1, workloads: ["a"]),
                       entry("3.13.0", "2026-01-02T00:00:00Z", factor: 1, workloads: ["b"])]
        XCTAssertEqual(try HistorySeries.plan(entries: entries, workloads: [], workers: nil).map(\.name), ["a", "b"])
        let common = [entry("3.13.0", "2026-01-01T00:00:00Z", factor: 1), entry("3.13.0", "2026-01-02T00:00:00Z", factor: 1)]
        XCTAssertEqual(try HistorySeries.plan(entries: common, workloads: [], workers: nil).map(\.name), ["a", "b", "geomean"])
    }
}

// ComparatorMemoryTests: peak PSS as a fourth compared metric, reported always, gated only with --gate-memory.
import GILBenchCore
import XCTest

final class ComparatorMemoryTests: XCTestCase {
    typealias F = TrialRecordFactory

    /// Records of one point whose peak PSS is about `mebibytes`, spread deterministically.
    private func records(mebibytes: Double, withMemory: Bool = true) -> [TrialRecord] {
        let peaks = F.around(mebibytes * 1_048_576, spread: 0.02)
        return F.records(walls: F.around(0.04, spread: 0.02)).enumerated().map { index, record in
            TrialRecord(spec: record.spec, status: record.status, setupSeconds: record.setupSeconds, wallSeconds: record.wallSeconds,
                        teardownSeconds: record.teardownSeconds, checksumOK: record.checksumOK, message: record.message, workers: [],
                        memory: withMemory ? TrialMemory(setup: nil, peakRSSBytes: Int(peaks[index] * 2), peakPSSBytes: Int(peaks[index]), highWaterBytes: nil) : nil)
        }
    }

    private func compare(_ base: [TrialRecord], _ new: [TrialRecord], _ settings: ComparisonSettings) -> Comparison {
        Comparator.compare(base: ComparisonSide(label: "base", python: F.python(), records: base),
                           new: ComparisonSide(label: "new", python: F.python(), records: new), settings: settings)
    }

    func testMemoryGrowthIsReportedWithAnIntervalButDoesNotGateByDefault() throws {
        let comparison = compare(records(mebibytes: 100), records(mebibytes: 130), ComparisonSettings())
        let memory = try XCTUnwrap(comparison.rows.first?.memory)
        XCTAssertEqual(memory.ratio, 1.3, accuracy: 1e-6)
        XCTAssertTrue(memory.significant)
        XCTAssertFalse(try XCTUnwrap(memory.interval).contains(1))
        XCTAssertEqual(memory.verdict, .regression, "worse beyond the default 10%")
        XCTAssertFalse(memory.gates)
        XCTAssertFalse(comparison.hasRegression)
        XCTAssertEqual(comparison.geometricMeans.last?.memoryRatio ?? 0, 1.3, accuracy: 1e-6)
    }

    func testGateMemoryMakesItARegression() {
        let gated = compare(records(mebibytes: 100), records(mebibytes: 130), ComparisonSettings(memoryThreshold: 0.2))
        XCTAssertTrue(gated.hasRegression)
        XCTAssertEqual(gated.regressions.first?.regressions.map(\.metric), [.memory])
        let withinThreshold = compare(records(mebibytes: 100), records(mebibytes: 115), ComparisonSettings(memoryThreshold: 0.2))
        XCTAssertFalse(withinThreshold.hasRegression)
    }

    func testAFormatOneSideHasNoMemoryComparison() {
        let comparison = compare(records(mebibytes: 100, withMemory: false), records(mebibytes: 130), ComparisonSettings(memoryThreshold: 0.05))
        XCTAssertNil(comparison.rows.first?.memory)
        XCTAssertFalse(comparison.hasRegression)
    }
}

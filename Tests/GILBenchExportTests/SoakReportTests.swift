// SoakReportTests: the soak CSV, the fit window, and the verdict wording (noise is not a leak).
import GILBenchCore
@testable import GILBenchExport
import XCTest

final class SoakReportTests: XCTestCase {
    private func samples(_ bytes: (Int) -> Int) -> [SoakSample] {
        stride(from: 0, through: 100, by: 5).map { cycle in
            let value = bytes(cycle)
            return SoakSample(cycle: cycle, memory: MemoryUsage(rssBytes: value, pssBytes: value / 2, ussBytes: value / 3), elapsedSeconds: Double(cycle) / 10)
        }
    }

    func testFlatMemoryWithPageNoiseIsNotALeak() throws {
        // A workload that allocates nothing lasting: whole pages come and go, no trend.
        let report = SoakReport(samples: samples { 40_000_000 + ($0 / 5 % 3 == 0 ? 4096 : 0) - ($0 / 5 % 2 == 0 ? 4096 : 0) }, fitFromCycle: 10)
        let rss = try XCTUnwrap(report.rss)
        XCTAssertTrue(rss.slopeInterval.contains(0), "\(rss.slopeInterval)")
        XCTAssertTrue(report.summaryLines()[0].contains("no growth beyond noise"), report.summaryLines()[0])
    }

    func testSteadyGrowthIsReportedPerCycle() throws {
        let report = SoakReport(samples: samples { 40_000_000 + 2048 * $0 + ($0 / 5 % 2 == 0 ? 4096 : 0) }, fitFromCycle: 10)
        XCTAssertEqual(try XCTUnwrap(report.rss).slope, 2048, accuracy: 200)
        XCTAssertTrue(report.summaryLines()[0].contains("grows by 2."), report.summaryLines()[0])
    }

    func testCSVMarksTheFittedCyclesAndTheWarmUpIsLeftOut() throws {
        // A big jump in the warm-up cycles must not count as growth.
        let report = SoakReport(samples: samples { $0 < 10 ? 10_000_000 + $0 * 1_000_000 : 40_000_000 }, fitFromCycle: 10)
        XCTAssertEqual(try XCTUnwrap(report.rss).slope, 0, accuracy: 1e-6)
        let lines = String(decoding: report.csv(), as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(lines[0], "cycle,rss_bytes,pss_bytes,uss_bytes,elapsed_seconds,fitted")
        XCTAssertTrue(lines[1].hasSuffix(",false"))
        XCTAssertTrue(lines[3].hasPrefix("10,") && lines[3].hasSuffix(",true"))
    }
}

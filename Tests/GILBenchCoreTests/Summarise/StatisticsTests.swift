// StatisticsTests: order statistics and moments against hand-computed values.
import GILBenchCore
import XCTest

final class StatisticsTests: XCTestCase {
    func testOddSampleMedianMinMaxMean() throws {
        let stats = try XCTUnwrap(Statistics([3, 1, 2, 5, 4]))
        XCTAssertEqual(stats.count, 5)
        XCTAssertEqual(stats.median, 3)
        XCTAssertEqual(stats.minimum, 1)
        XCTAssertEqual(stats.maximum, 5)
        XCTAssertEqual(stats.mean, 3)
        // Sample standard deviation of 1...5 is sqrt(2.5).
        XCTAssertEqual(stats.standardDeviation, 2.5.squareRoot(), accuracy: 1e-12)
    }

    func testEvenSampleMedianInterpolates() throws {
        XCTAssertEqual(try XCTUnwrap(Statistics([4, 1, 3, 2])).median, 2.5)
    }

    func testSingleValueHasZeroSpread() throws {
        let stats = try XCTUnwrap(Statistics([0.25]))
        XCTAssertEqual(stats.median, 0.25)
        XCTAssertEqual(stats.standardDeviation, 0)
    }

    func testEmptySampleHasNoStatistics() {
        XCTAssertNil(Statistics([]))
    }

    func testQuantileMatchesNumpyDefault() {
        // numpy.quantile([1, 2, 3, 4, 10], [0.1, 0.9]) == [1.4, 7.6]
        XCTAssertEqual(Statistics.quantile([1, 2, 3, 4, 10], 0.1), 1.4, accuracy: 1e-12)
        XCTAssertEqual(Statistics.quantile([1, 2, 3, 4, 10], 0.9), 7.6, accuracy: 1e-12)
    }

    func testGeometricMean() throws {
        XCTAssertEqual(try XCTUnwrap(Statistics.geometricMean([1, 4, 16])), 4, accuracy: 1e-12)
        XCTAssertNil(Statistics.geometricMean([1, 0]))
        XCTAssertNil(Statistics.geometricMean([]))
    }
}

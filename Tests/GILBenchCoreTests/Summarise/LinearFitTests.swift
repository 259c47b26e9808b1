// LinearFitTests: least squares against known values, the t quantile, and noise vs growth.
@testable import GILBenchCore
import XCTest

final class LinearFitTests: XCTestCase {
    func testStudentQuantilesMatchTables() {
        XCTAssertEqual(LinearFit.studentQuantile(probability: 0.975, degreesOfFreedom: 1), 12.7062, accuracy: 1e-3)
        XCTAssertEqual(LinearFit.studentQuantile(probability: 0.975, degreesOfFreedom: 10), 2.2281, accuracy: 1e-4)
        XCTAssertEqual(LinearFit.studentQuantile(probability: 0.975, degreesOfFreedom: 1000), 1.9623, accuracy: 1e-4)
    }

    func testKnownLineAndInterval() throws {
        // y = 2x + 1 with residuals +1, -1, -1, +1: slope 2, intercept 1.
        let fit = try XCTUnwrap(LinearFit(x: [0, 1, 2, 3], y: [2, 2, 4, 8]))
        XCTAssertEqual(fit.slope, 2, accuracy: 1e-12)
        XCTAssertEqual(fit.intercept, 1, accuracy: 1e-12)
        // SSE = 4, s^2 = 4 / 2, Sxx = 5: se = sqrt(0.4); t(0.975, 2) = 4.3027.
        XCTAssertEqual(fit.slopeInterval.upper - fit.slope, 4.302653 * 0.4.squareRoot(), accuracy: 1e-4)
        XCTAssertTrue(fit.isSignificant == (fit.slopeInterval.lower > 0))
    }

    func testNoiseAroundAFlatLineIsNotGrowth() throws {
        // A deterministic alternating pattern: no trend, so the interval must contain 0.
        let x = (0..<40).map(Double.init)
        let y: [Double] = x.map { value -> Double in
            let alternating: Double = value.truncatingRemainder(dividingBy: 2) == 0 ? 4096 : -4096
            let everyThird: Double = value.truncatingRemainder(dividingBy: 3) == 0 ? 8192 : 0
            return 1_000_000 + alternating + everyThird
        }
        let fit = try XCTUnwrap(LinearFit(x: x, y: y))
        XCTAssertTrue(fit.slopeInterval.contains(0), "\(fit.slopeInterval)")
        XCTAssertFalse(fit.isSignificant)
    }

    func testSteadyGrowthIsSignificant() throws {
        let x = (0..<40).map(Double.init)
        let y: [Double] = x.map { value -> Double in
            let alternating: Double = value.truncatingRemainder(dividingBy: 2) == 0 ? 4096 : -4096
            return 1_000_000 + 3_000 * value + alternating
        }
        let fit = try XCTUnwrap(LinearFit(x: x, y: y))
        XCTAssertEqual(fit.slope, 3_000, accuracy: 300)
        XCTAssertTrue(fit.isSignificant)
    }

    func testTooFewPointsOrNoSpreadGiveNoFit() {
        XCTAssertNil(LinearFit(x: [1, 2], y: [1, 2]))
        XCTAssertNil(LinearFit(x: [3, 3, 3], y: [1, 2, 3]))
    }
}

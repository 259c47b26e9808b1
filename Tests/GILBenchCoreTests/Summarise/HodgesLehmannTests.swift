// HodgesLehmannTests: the shift estimate and its exact interval against R's wilcox.test(conf.int = TRUE) rule.
import Foundation
import GILBenchCore
import XCTest

final class HodgesLehmannTests: XCTestCase {
    /// 5 vs 5 at 95%: the 3rd smallest and 3rd largest of the 25 differences (R: qwilcox(0.025, 5, 5) = 3). On
    /// log times: x = [0.100, 0.103, 0.098, 0.105, 0.101], y = [0.108, 0.112, 0.107, 0.115, 0.110] give (numpy)
    /// ratio exp(median) 1.0891089108910892, interval [1.0388349514563107, 1.1428571428571426].
    func testFiveVersusFiveOnLogTimes() throws {
        let x = [0.100, 0.103, 0.098, 0.105, 0.101].map(log)
        let y = [0.108, 0.112, 0.107, 0.115, 0.110].map(log)
        let shift = try XCTUnwrap(HodgesLehmann(x, y))
        XCTAssertEqual(shift.differences.count, 25)
        XCTAssertEqual(exp(shift.estimate), 1.089_108_910_891_089_2, accuracy: 1e-12)
        let interval = try XCTUnwrap(shift.interval(level: 0.95))
        XCTAssertEqual(exp(interval.lower), 1.038_834_951_456_310_7, accuracy: 1e-12)
        XCTAssertEqual(exp(interval.upper), 1.142_857_142_857_142_6, accuracy: 1e-12)
    }

    /// The cut k for other sizes and levels, from the exact null distribution (itertools enumeration).
    func testCutsFromTheExactDistribution() throws {
        let a = try XCTUnwrap(HodgesLehmann([1, 2, 3, 4], [1, 2, 3, 4, 5, 6, 7]))
        let interval = try XCTUnwrap(a.interval(level: 0.95)) // k = 4
        XCTAssertEqual(interval.lower, a.differences[3])
        XCTAssertEqual(interval.upper, a.differences[28 - 4])
        let b = try XCTUnwrap(HodgesLehmann((0..<7).map(Double.init), (0..<7).map { Double($0) + 0.5 }))
        XCTAssertEqual(b.interval(level: 0.95)?.lower, b.differences[8]) // k = 9
        let c = try XCTUnwrap(HodgesLehmann((0..<6).map(Double.init), (0..<9).map { Double($0) * 1.1 }))
        XCTAssertEqual(c.interval(level: 0.99)?.lower, c.differences[5]) // k = 6
        // At 1 - 0.05/6 only the widest interval (k = 1: P(U <= 0) = 1/252 <= 0.0042) reaches the level.
        let d = try XCTUnwrap(HodgesLehmann([1, 2, 3, 4, 5], [2, 3, 4, 5, 6]))
        XCTAssertEqual(d.interval(level: 1 - 0.05 / 6)?.lower, d.differences[0])
    }

    /// 3 vs 3 cannot reach 95% (the widest interval covers 90%): no interval rather than a narrower one.
    func testTooSmallForTheLevelHasNoInterval() throws {
        XCTAssertNil(try XCTUnwrap(HodgesLehmann([1, 2, 3], [4, 5, 6])).interval(level: 0.95))
        XCTAssertNotNil(try XCTUnwrap(HodgesLehmann([1, 2, 3], [4, 5, 6])).interval(level: 0.8))
    }

    /// The interval and the exact test agree: it excludes 0 exactly when p < 1 - level (no ties), here for every
    /// shift of one sample of 5 against another.
    func testIntervalExcludesZeroExactlyWhenTheTestRejects() throws {
        let x: [Double] = [0.0, 0.13, 0.31, 0.47, 0.52]
        for step in 0..<60 {
            let y = [0.05, 0.21, 0.28, 0.44, 0.61].map { $0 + Double(step) * 0.0137 - 0.4 }
            let test = try XCTUnwrap(MannWhitney(x, y))
            let interval = try XCTUnwrap(try XCTUnwrap(HodgesLehmann(x, y)).interval(level: 0.95))
            XCTAssertEqual(!interval.contains(0), test.pValue < 0.05, "shift \(step): p \(test.pValue), \(interval)")
        }
    }
}

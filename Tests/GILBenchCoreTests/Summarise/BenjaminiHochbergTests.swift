// BenjaminiHochbergTests: q-values against R's p.adjust(method = "BH"), and the A/A property it buys.
import GILBenchCore
import XCTest

final class BenjaminiHochbergTests: XCTestCase {
    /// R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH") == c(0.02, 0.04, 0.04, 0.02).
    func testMatchesR() {
        let q = BenjaminiHochberg.adjust([0.01, 0.04, 0.03, 0.005]).map { $0! }
        for (value, expected) in zip(q, [0.02, 0.04, 0.04, 0.02]) { XCTAssertEqual(value, expected, accuracy: 1e-12) }
    }

    /// R: p.adjust(c(0.5, 0.9, 0.01), "BH") == c(0.75, 0.9, 0.03); nil entries are not tests.
    func testMissingValuesAreSkippedAndQNeverExceedsOne() {
        let q = BenjaminiHochberg.adjust([0.5, nil, 0.9, 0.01])
        XCTAssertNil(q[1])
        XCTAssertEqual(q[0]!, 0.75, accuracy: 1e-12)
        XCTAssertEqual(q[2]!, 0.9, accuracy: 1e-12)
        XCTAssertEqual(q[3]!, 0.03, accuracy: 1e-12)
        XCTAssertEqual(BenjaminiHochberg.adjust([1, 1]).map { $0! }, [1, 1])
    }

    /// One lucky p = 0.008 among 24 points (what noise gives an A/A comparison) is not significant after adjustment;
    /// the same p at most points (a real, broad change) still is.
    func testOneLuckyPointIsNotSignificantButABroadChangeIs() {
        let lucky = BenjaminiHochberg.adjust([0.008] + [Double](repeating: 0.6, count: 23))
        XCTAssertGreaterThan(lucky[0]!, 0.05)
        let broad = BenjaminiHochberg.adjust([Double](repeating: 0.008, count: 20) + [0.6, 0.7, 0.8, 0.9])
        XCTAssertLessThan(broad[0]!, 0.05)
    }
}

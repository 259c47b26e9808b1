// HolmTests: Holm's step-down adjustment against R's p.adjust(p, "holm").
import GILBenchCore
import XCTest

final class HolmTests: XCTestCase {
    /// R: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2), "holm") = 0.040 0.090 0.090 0.025 0.200 (the 0.04 inherits
    /// the 0.09 before it: the adjusted values are monotone in p).
    func testAgainstR() throws {
        let adjusted = Holm.adjust([0.01, 0.04, 0.03, 0.005, 0.2])
        for (value, expected) in zip(adjusted, [0.04, 0.09, 0.09, 0.025, 0.2]) {
            XCTAssertEqual(try XCTUnwrap(value), expected, accuracy: 1e-12)
        }
    }

    /// Nil entries are not tests: they stay nil and do not count in m; adjusted values never exceed 1.
    func testNilEntriesAndCap() throws {
        let adjusted = Holm.adjust([0.3, nil, 0.02])
        XCTAssertNil(adjusted[1])
        XCTAssertEqual(try XCTUnwrap(adjusted[2]), 0.04, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(adjusted[0]), 0.3, accuracy: 1e-12)
        XCTAssertEqual(Holm.adjust([0.9, 0.8]).compactMap { $0 }, [1, 1])
    }
}

// MannWhitneyTests: U and two-sided p-values against scipy.stats.mannwhitneyu's documented results.
import GILBenchCore
import XCTest

final class MannWhitneyTests: XCTestCase {
    /// Completely separated samples of 5: U = 0, exact p = 2/252.
    func testSeparatedSamplesExact() throws {
        let test = try XCTUnwrap(MannWhitney([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]))
        XCTAssertEqual(test.u, 0)
        XCTAssertEqual(test.method, .exact)
        XCTAssertEqual(test.pValue, 2.0 / 252.0, accuracy: 1e-12)
    }

    /// scipy's documentation example (males vs females): U = 17, exact p = 0.1111..., asymptotic 0.11134688653.
    func testScipyDocumentationExample() throws {
        let males: [Double] = [19, 22, 16, 29, 24]
        let females: [Double] = [20, 11, 17, 12]
        let test = try XCTUnwrap(MannWhitney(males, females))
        XCTAssertEqual(test.u, 17)
        XCTAssertEqual(test.method, .exact)
        XCTAssertEqual(test.pValue, 0.111_111_111_111_111_1, accuracy: 1e-12)
    }

    /// With ties, the normal approximation with tie and continuity corrections (scipy method="asymptotic").
    func testTiesUseTheCorrectedNormalApproximation() throws {
        let x: [Double] = [1, 2, 2, 3, 3, 4] + (5...31).map(Double.init)
        let y: [Double] = [3, 5, 5, 7, 8, 8, 9, 10] + stride(from: 12.0, through: 58, by: 2).map { $0 }
        let test = try XCTUnwrap(MannWhitney(x, y))
        XCTAssertEqual(test.method, .normal)
        XCTAssertEqual(test.u, 302.5)
        XCTAssertEqual(test.pValue, 0.003_144_997_335_328_303_4, accuracy: 1e-9)
    }

    func testIdenticalSamplesGivePOfOne() throws {
        let sample: [Double] = [0.1, 0.2, 0.3, 0.4]
        XCTAssertEqual(try XCTUnwrap(MannWhitney(sample, sample)).pValue, 1, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(MannWhitney([1, 1, 1], [1, 1, 1])).pValue, 1)
    }

    func testSymmetricInItsArguments() throws {
        let a: [Double] = [3.1, 2.2, 5.9, 4.4, 1.0, 7.3]
        let b: [Double] = [6.5, 8.8, 9.1, 7.7, 4.9]
        let ab = try XCTUnwrap(MannWhitney(a, b))
        let ba = try XCTUnwrap(MannWhitney(b, a))
        XCTAssertEqual(ab.pValue, ba.pValue, accuracy: 1e-12)
        XCTAssertEqual(ab.u + ba.u, Double(a.count * b.count))
    }

    func testEmptySampleHasNoTest() {
        XCTAssertNil(MannWhitney([], [1, 2]))
    }
}

// MannWhitneyTests: U and two-sided p-values against scipy.stats.mannwhitneyu (scipy 1.17.1).
//
// Reference values were computed with, for x and y as in each test:
//   from scipy import stats; import numpy as np
//   stats.mannwhitneyu(x, y, alternative="two-sided", method="exact")        # no ties, up to 30 a side
//   stats.mannwhitneyu(x, y, alternative="two-sided",
//                      method=stats.PermutationMethod(n_resamples=np.inf))  # ties: exact enumeration of the splits
//   stats.mannwhitneyu(x, y, alternative="two-sided", method="asymptotic")   # above 30 a side
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

    /// Above 30 a side, even with ties, the normal approximation with tie and continuity corrections
    /// (scipy method="asymptotic").
    func testLargeSamplesWithTiesUseTheCorrectedNormalApproximation() throws {
        let x: [Double] = [1, 2, 2, 3, 3, 4] + (5...31).map(Double.init)
        let y: [Double] = [3, 5, 5, 7, 8, 8, 9, 10] + stride(from: 12.0, through: 58, by: 2).map { $0 }
        let test = try XCTUnwrap(MannWhitney(x, y))
        XCTAssertEqual(test.method, .normal)
        XCTAssertEqual(test.u, 302.5)
        XCTAssertEqual(test.pValue, 0.003_144_997_335_328_303_4, accuracy: 1e-9)
    }

    /// 5 vs 5 with ties (times stored to the millisecond): exact permutation p given the ties, 30/252. scipy's
    /// method="auto" would give the normal approximation 0.11049202405566802 here, method="exact" (which ignores
    /// ties) 0.15079365079365079.
    func testFiveVersusFiveWithTiesIsExact() throws {
        let test = try XCTUnwrap(MannWhitney([0.101, 0.102, 0.102, 0.104, 0.105], [0.102, 0.104, 0.106, 0.107, 0.107]))
        XCTAssertEqual(test.method, .exact)
        XCTAssertEqual(test.u, 4.5)
        XCTAssertEqual(test.pValue, 0.119_047_619_047_619_04, accuracy: 1e-12)
        // Heavier ties: x = [1,2,2,3,3], y = [3,3,4,5,5]: permutation p 0.047619047619047616 (auto: 0.0300595...).
        let heavy = try XCTUnwrap(MannWhitney([1, 2, 2, 3, 3], [3, 3, 4, 5, 5]))
        XCTAssertEqual(heavy.u, 2)
        XCTAssertEqual(heavy.pValue, 0.047_619_047_619_047_616, accuracy: 1e-12)
    }

    /// Unequal sizes with ties, 4 vs 7: permutation p 0.04242424242424243.
    func testUnequalSizesWithTies() throws {
        let test = try XCTUnwrap(MannWhitney([1.0, 1.5, 1.5, 2.0], [1.5, 2.0, 2.5, 3.0, 3.0, 3.5, 4.0]))
        XCTAssertEqual(test.u, 2.5)
        XCTAssertEqual(test.pValue, 0.042_424_242_424_242_43, accuracy: 1e-12)
    }

    /// 9 vs 9 without ties: exact 0.014191690662278898 (scipy's "auto" would use the normal approximation,
    /// 0.01711823970479015, because both sides exceed 8).
    func testNineVersusNineIsExact() throws {
        let test = try XCTUnwrap(MannWhitney([10, 11, 12, 13, 14, 15, 16, 17, 18.5], [12.5, 14.5, 16.5, 18, 19, 20, 21, 22, 23]))
        XCTAssertEqual(test.method, .exact)
        XCTAssertEqual(test.u, 13)
        XCTAssertEqual(test.pValue, 0.014_191_690_662_278_898, accuracy: 1e-12)
    }

    /// 12 vs 12 with ties: permutation p 0.04544412378575792 over C(24, 12) splits.
    func testTwelveVersusTwelveWithTiesIsExact() throws {
        let test = try XCTUnwrap(MannWhitney([5, 6, 6, 7, 8, 8, 9, 10, 11, 11, 12, 13], [7, 8, 9, 9, 10, 11, 12, 12, 13, 14, 15, 15]))
        XCTAssertEqual(test.method, .exact)
        XCTAssertEqual(test.u, 37.5)
        XCTAssertEqual(test.pValue, 0.045_444_123_785_757_92, accuracy: 1e-10)
    }

    /// 30 vs 30 without ties, the exact limit: method="exact" gives U = 356, p 0.1680549231245516.
    func testThirtyVersusThirtyIsExact() throws {
        let x: [Double] = [1.0, 1.37, 1.74, 2.11, 2.48, 2.85, 3.22, 3.59, 3.96, 4.33, 4.7, 5.07, 5.44, 5.81, 6.18, 6.55, 6.92, 7.29,
                           7.66, 1.03, 1.4, 1.77, 2.14, 2.51, 2.88, 3.25, 3.62, 3.99, 4.36, 4.73]
        let y: [Double] = [1.505, 1.915, 2.325, 2.735, 3.145, 3.555, 3.965, 4.375, 4.785, 5.195, 5.605, 6.015, 6.425, 6.835, 7.245,
                           7.655, 8.065, 8.475, 1.585, 1.995, 2.405, 2.815, 3.225, 3.635, 4.045, 4.455, 4.865, 5.275, 5.685, 6.095]
        let test = try XCTUnwrap(MannWhitney(x, y))
        XCTAssertEqual(test.method, .exact)
        XCTAssertEqual(test.u, 356)
        XCTAssertEqual(test.pValue, 0.168_054_923_124_551_6, accuracy: 1e-10)
    }

    /// 31 vs 20 (above the exact limit): method="asymptotic" gives U = 263, p 0.3696381648587975.
    func testAboveTheLimitIsTheNormalApproximation() throws {
        let test = try XCTUnwrap(MannWhitney((0..<31).map(Double.init), (0..<20).map { Double($0) * 1.3 + 5 }))
        XCTAssertEqual(test.method, .normal)
        XCTAssertEqual(test.u, 263)
        XCTAssertEqual(test.pValue, 0.369_638_164_858_797_5, accuracy: 1e-9)
    }

    /// The floor no data can beat: 2 / C(m+n, m).
    func testSmallestPValue() {
        XCTAssertEqual(MannWhitney.smallestPValue(5, 5), 2.0 / 252, accuracy: 1e-15)
        XCTAssertEqual(MannWhitney.smallestPValue(3, 3), 2.0 / 20, accuracy: 1e-15)
        XCTAssertEqual(MannWhitney.smallestPValue(4, 7), 2.0 / 330, accuracy: 1e-15)
        XCTAssertEqual(MannWhitney.smallestPValue(9, 9), 2.0 / 48620, accuracy: 1e-15)
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

    /// One-sided p of "x smaller than y", against scipy's `alternative="less"`: exact without ties (0.0753968...),
    /// the exact permutation distribution with ties (0.0606060...), and the normal approximation above 30 a side
    /// (0.1335473...).
    func testLessPValueAgainstScipy() throws {
        let exact = try XCTUnwrap(MannWhitney([1, 2, 3, 4, 5], [2.5, 3.5, 6, 7, 8]))
        XCTAssertEqual(exact.lessPValue, 0.075_396_825_396_825_39, accuracy: 1e-12)
        let tied = try XCTUnwrap(MannWhitney([1, 2, 2, 3, 4], [2, 3, 4, 4, 5, 6]))
        XCTAssertEqual(tied.lessPValue, 0.060_606_060_606_060_61, accuracy: 1e-12)
        let large = try XCTUnwrap(MannWhitney((0..<40).map(Double.init), (0..<35).map { Double($0) + 5.5 }))
        XCTAssertEqual(large.method, .normal)
        XCTAssertEqual(large.lessPValue, 0.133_547_357_297_916_28, accuracy: 1e-9)
        // Separated samples of 5: half the two-sided p; the other direction gives 1.
        let separated = try XCTUnwrap(MannWhitney([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]))
        XCTAssertEqual(separated.lessPValue, 1.0 / 252, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(MannWhitney([6, 7, 8, 9, 10], [1, 2, 3, 4, 5])).lessPValue, 1, accuracy: 1e-12)
    }
}

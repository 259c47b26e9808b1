// WelchContrastTests: the t distribution and the Welch test against scipy.stats (scipy 1.17.1).
import GILBenchCore
import XCTest

final class WelchContrastTests: XCTestCase {
    /// scipy.stats.t.cdf(t, df) and scipy.stats.t.ppf(0.975, df).
    func testStudentTMatchesScipy() {
        let cases: [(df: Double, t: Double, cdf: Double, quantile: Double)] = [
            (3, 2.5, 0.956_146_676_495_967_2, 3.182_446_305_283_707_8),
            (7.3, -1.2, 0.133_815_333_275_828_06, 2.345_066_736_547_703),
            (16, 2.12, 0.975_004_535_643_447_9, 2.119_905_299_221_254_6),
            (50, 0.3, 0.617_289_559_872_348_3, 2.008_559_112_100_761),
        ]
        for item in cases {
            let distribution = StudentT(degreesOfFreedom: item.df)
            XCTAssertEqual(distribution.cdf(item.t), item.cdf, accuracy: 1e-10, "cdf df \(item.df)")
            XCTAssertEqual(distribution.quantile(0.975), item.quantile, accuracy: 1e-9, "ppf df \(item.df)")
        }
        XCTAssertEqual(StudentT.normalQuantile(0.975), 1.959_963_984_540_054, accuracy: 1e-10)
    }

    /// Two samples, weights -1 and 1: scipy.stats.ttest_ind(b, a, equal_var=False) with a = [0.1, 0.12, 0.11, 0.13,
    /// 0.1], b = [0.2, 0.19, 0.23, 0.21, 0.25, 0.22]: t 9.899896579575078, p 6.823081598175375e-06, df
    /// 8.33575764564406, confidence_interval(0.95) [0.08045631565912743, 0.1288770176742059].
    func testTwoSampleCaseIsScipysWelchTest() throws {
        let a = [0.1, 0.12, 0.11, 0.13, 0.1]
        let b = [0.2, 0.19, 0.23, 0.21, 0.25, 0.22]
        let contrast = try XCTUnwrap(WelchContrast(groups: [a, b], weights: [-1, 1]))
        XCTAssertEqual(contrast.estimate / contrast.standardError, 9.899_896_579_575_078, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(contrast.degreesOfFreedom), 8.335_757_645_644_06, accuracy: 1e-9)
        XCTAssertEqual(contrast.pValue, 6.823_081_598_175_375e-06, accuracy: 1e-12)
        let interval = contrast.interval(level: 0.95)
        XCTAssertEqual(interval.lower, 0.080_456_315_659_127_43, accuracy: 1e-9)
        XCTAssertEqual(interval.upper, 0.128_877_017_674_205_9, accuracy: 1e-9)
    }

    func testNeedsTwoValuesPerSample() {
        XCTAssertNil(WelchContrast(groups: [[1], [2, 3]], weights: [-1, 1]))
    }

    /// One-sided: scipy.stats.ttest_ind(b, a, equal_var=False, alternative="greater") = 0.002158941152660027, and
    /// 0.99784105884734 the other way round.
    func testGreaterPValueIsScipysOneSidedWelchTest() throws {
        let a = [1.0, 1.2, 0.9, 1.1, 1.05]
        let b = [1.3, 1.25, 1.4, 1.2, 1.35, 1.28]
        XCTAssertEqual(try XCTUnwrap(WelchContrast(groups: [a, b], weights: [-1, 1])).greaterPValue, 0.002_158_941_152_660_027, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(WelchContrast(groups: [b, a], weights: [-1, 1])).greaterPValue, 0.997_841_058_847_34, accuracy: 1e-9)
    }
}

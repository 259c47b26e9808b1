// DriftCheckTests: the probe's ratio between two runs, its interval, and when it counts as drift.
import GILBenchCore
import XCTest

final class DriftCheckTests: XCTestCase {
    private func probe(_ walls: [Double], python: String = "3.12.1", build: String = "default") -> [CalibrationSample] {
        walls.enumerated().map { CalibrationSample(probe: $0.offset + 1, afterTrials: $0.offset * 10, pythonVersion: python, pythonBuild: build, wallSeconds: $0.element) }
    }

    private let base = [0.0500, 0.0510, 0.0495, 0.0505, 0.0502]

    func testSixPercentSlowerAtFivePercentThresholdIsDrift() throws {
        let check = DriftCheck(base: probe(base), new: probe(base.map { $0 * 1.06 }), threshold: 0.05)
        guard case let .measured(ratio, interval, python, baseCalls, newCalls) = check.finding else { return XCTFail("\(check.finding)") }
        XCTAssertEqual(ratio, 1.06, accuracy: 1e-9)
        XCTAssertFalse(try XCTUnwrap(interval).contains(1))
        XCTAssertEqual(python, "3.12.1")
        XCTAssertEqual([baseCalls, newCalls], [5, 5])
        XCTAssertTrue(check.drifted)
        XCTAssertTrue(check.line(accepted: false).hasPrefix("DRIFT:"))
        XCTAssertTrue(check.line(accepted: false).contains("slower"))
        XCTAssertTrue(check.line(accepted: true).contains("accepted"))
    }

    func testFasterMachineIsDriftToo() {
        XCTAssertTrue(DriftCheck(base: probe(base), new: probe(base.map { $0 / 1.06 }), threshold: 0.05).drifted)
    }

    func testEqualProbesOrASmallChangeAreNotDrift() {
        let equal = DriftCheck(base: probe(base), new: probe(base), threshold: 0.05)
        XCTAssertFalse(equal.drifted)
        XCTAssertFalse(equal.line(accepted: false).contains("DRIFT"))
        XCTAssertTrue(equal.line(accepted: false).contains("1.000"))
        // 2% is within half of 5%, however tight the interval.
        XCTAssertFalse(DriftCheck(base: probe(base), new: probe(base.map { $0 * 1.02 }), threshold: 0.05).drifted)
        // Beyond half the threshold but not significant (the sides overlap widely): no drift call.
        let noisy = [0.040, 0.060, 0.050, 0.045, 0.058]
        XCTAssertFalse(DriftCheck(base: probe(noisy), new: probe(noisy.reversed().map { $0 * 1.04 }), threshold: 0.05).drifted)
    }

    func testOlderFoldersOrNoCommonPythonAreUnchecked() {
        let missing = DriftCheck(base: [], new: probe(base), threshold: 0.05)
        guard case let .unchecked(reason) = missing.finding else { return XCTFail("\(missing.finding)") }
        XCTAssertTrue(reason.contains("the base run has"), reason)
        XCTAssertFalse(missing.drifted)
        XCTAssertTrue(missing.line(accepted: false).contains("could not be checked"))
        let other = DriftCheck(base: probe(base, python: "3.13.0"), new: probe(base.map { $0 * 2 }), threshold: 0.05)
        XCTAssertFalse(other.drifted)
        guard case .unchecked = other.finding else { return XCTFail("\(other.finding)") }
    }

    func testUsesTheNewestCommonPython() {
        let check = DriftCheck(base: probe(base, python: "3.12.1") + probe(base, python: "3.13.0"),
                               new: probe(base, python: "3.12.1") + probe(base.map { $0 * 1.2 }, python: "3.13.0"), threshold: 0.05)
        guard case let .measured(_, _, python, _, _) = check.finding else { return XCTFail("\(check.finding)") }
        XCTAssertEqual(python, "3.13.0")
        XCTAssertTrue(check.drifted)
    }
}

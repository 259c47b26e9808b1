// SizeCalibrationTests: the size search on workloads whose time is proportional to size (and one whose is not),
// and the runner's --size auto / SIZE = "auto" flow with a scripted executor.
import GILBenchCore
import XCTest

final class SizeCalibrationTests: XCTestCase {
    func testProportionalWorkloadReachesTheTargetWithoutOvershootingMuch() throws {
        for secondsPerUnit in [1e-9, 3.7e-7, 2e-5, 0.004] {
            var timed: [Int] = []
            let calibration = try SizeCalibration.search(minimumSeconds: 0.1) { size in
                timed.append(size)
                return Double(size) * secondsPerUnit
            }
            XCTAssertGreaterThanOrEqual(calibration.seconds, 0.1, "\(secondsPerUnit)")
            XCTAssertLessThanOrEqual(calibration.seconds, 0.1 * 1.5, "at most 1.5x the target once extrapolating: \(calibration.steps)")
            XCTAssertEqual(calibration.seconds, Double(calibration.size) * secondsPerUnit, accuracy: 1e-12)
            XCTAssertEqual(calibration.steps.map(\.size), timed, "every size timed is recorded")
            XCTAssertLessThan(calibration.steps.count, 16, "grows fast: \(timed)")
            // The size below it would not have reached the target.
            let before = try XCTUnwrap(calibration.steps.dropLast().last)
            XCTAssertLessThan(before.seconds, 0.1)
        }
    }

    func testASlowFirstCallIsTheSize() throws {
        let calibration = try SizeCalibration.search(minimumSeconds: 0.1) { _ in 0.5 }
        XCTAssertEqual(calibration.size, 1)
        XCTAssertEqual(calibration.steps.count, 1)
    }

    func testATimeThatDoesNotGrowWithSizeStops() {
        XCTAssertThrowsError(try SizeCalibration.search(minimumSeconds: 0.1) { _ in 0.000_01 }) { error in
            guard case SizeCalibrationError.doesNotGrow = error else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".contains("give --size"))
        }
    }

    func testTheRunnerCalibratesOnceForAutoAndForSizeAutoWorkloads() throws {
        final class Calibrating: TrialExecutor {
            var calibrations = 0
            var referenceSizes: [Int?] = []
            let auto: Bool
            init(auto: Bool) { self.auto = auto }
            func reference(python: PythonInstallation, workload: Workload, size: Int?, importSite: Bool) -> ReferenceOutcome {
                referenceSizes.append(size)
                var result = ReferenceResult(defaultSize: auto ? nil : 10, docstring: "", checksum: "1", directSeconds: 0.1, invalidReason: nil, runError: nil)
                result.sizeIsAuto = auto
                return .completed(result)
            }
            func execute(_ spec: TrialSpec) -> TrialOutcome { .failed(.error, "not used") }
            func calibrate(python: PythonInstallation, workload: Workload, minimumSeconds: Double, importSite: Bool) -> CalibrationOutcome {
                calibrations += 1
                let found = try? SizeCalibration.search(minimumSeconds: minimumSeconds) { Double($0) * 1e-6 }
                return found.map { .calibrated($0) } ?? .failed(.error, "no size")
            }
        }
        // SIZE = "auto" in the file: the reference says so, the runner calibrates and runs the reference again.
        var options = Fixtures.options(pythons: ["3.12.1", "3.13.0"], repeat: 1, warmup: 0)
        options.minimumCallSeconds = 0.05
        let fileSaysAuto = Calibrating(auto: true)
        let (sizes, references) = try BenchmarkRunner(options: options, executor: fileSaysAuto).runReferences()
        XCTAssertEqual(fileSaysAuto.calibrations, 1, "once per workload: every Python runs the same size")
        let size = try XCTUnwrap(sizes["a"])
        XCTAssertGreaterThanOrEqual(Double(size) * 1e-6, 0.05)
        XCTAssertEqual(fileSaysAuto.referenceSizes, [nil, size, size])
        XCTAssertEqual(references.map(\.size), [size, size])
        XCTAssertEqual(references[0].calibration?.minimumSeconds, 0.05)
        XCTAssertNil(references[1].calibration)

        // --size auto: calibrated before the first reference, even though the file has a SIZE.
        options.autoSize = true
        let flag = Calibrating(auto: false)
        let (flagSizes, _) = try BenchmarkRunner(options: options, executor: flag).runReferences()
        XCTAssertEqual(flag.calibrations, 1)
        XCTAssertEqual(flag.referenceSizes, [flagSizes["a"], flagSizes["a"]])
        XCTAssertNotEqual(flagSizes["a"], 10)
    }
}

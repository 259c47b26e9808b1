// ComparisonSideTests: choosing one Python of a run by version prefix, label or build, with errors naming the choices.
import GILBenchCore
import XCTest

final class ComparisonSideTests: XCTestCase {
    typealias F = TrialRecordFactory

    private let records = F.records(python: F.python("3.12.1"), walls: [0.1]) + F.records(python: F.python("3.13.0"), walls: [0.1])
        + F.records(python: F.python("3.13.0", freeThreaded: true), walls: [0.1])

    func testVersionPrefixPicksTheDefaultBuild() throws {
        let side = try ComparisonSide.select(from: records, python: "3.13", flag: "--new-python", source: "/r", runID: "r")
        XCTAssertEqual(side.python.label, "3.13.0")
        XCTAssertEqual(side.records.count, 1)
        XCTAssertEqual(try ComparisonSide.select(from: records, python: "3.13t", flag: "--new-python", source: "/r", runID: "r").python.label, "3.13.0t")
        XCTAssertEqual(try ComparisonSide.select(from: records, python: "3.12.1", flag: "--base-python", source: "/r", runID: "r").python.label, "3.12.1")
    }

    func testSeveralPythonsNeedAChoice() {
        XCTAssertThrowsError(try ComparisonSide.select(from: records, python: nil, flag: "--base-python", source: "/r", runID: "r")) { error in
            let text = String(describing: error)
            XCTAssertTrue(text.contains("--base-python"), text)
            XCTAssertTrue(text.contains("3.12.1, 3.13.0, 3.13.0t"), text)
        }
        XCTAssertThrowsError(try ComparisonSide.select(from: records, python: "3.11", flag: "--base-python", source: "/r", runID: "r"))
    }

    func testOnlyPythonNeedsNoChoice() throws {
        let one = F.records(python: F.python("3.12.1"), walls: [0.1, 0.2])
        XCTAssertEqual(try ComparisonSide.select(from: one, python: nil, flag: "--base-python", source: "/r", runID: "r").records.count, 2)
    }
}

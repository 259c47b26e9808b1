// ABSpecTests: parsing --base/--new SPECs, completing them, and pairing workloads by position.
import GILBenchCore
import XCTest

final class ABSpecTests: XCTestCase {
    func testParsesPythonAndWorkloads() throws {
        let spec = try ABSpec(parsing: "python=3.13, workload=a/work.py,workload=b.py", flag: "--base")
        XCTAssertEqual(spec, ABSpec(python: "3.13", workloads: ["a/work.py", "b.py"]))
        XCTAssertEqual(try ABSpec(parsing: "workload=x.py", flag: "--new"), ABSpec(python: nil, workloads: ["x.py"]))
    }

    func testRejectsUnknownKeysEmptyValuesTwoPythonsAndNothing() {
        for text in ["pyton=3.13", "python=", "workload", "", "python=3.12,python=3.13"] {
            XCTAssertThrowsError(try ABSpec(parsing: text, flag: "--base"), text) { error in
                XCTAssertTrue("\(error)".contains("--base"), "\(error)")
            }
        }
    }

    func testMissingKeysComeFromTheOptionThenTheOtherSide() {
        let base = ABSpec(python: "3.12", workloads: ["w.py"])
        let new = ABSpec(python: "3.13", workloads: [])
        XCTAssertEqual(ABPairing.pythonSpec(new, other: base, option: []), ["3.13"])
        XCTAssertEqual(ABPairing.workloadSpecs(new, other: base, option: []), ["w.py"])
        XCTAssertEqual(ABPairing.workloadSpecs(new, other: base, option: ["nbody"]), ["nbody"])
        let workloadOnly = ABSpec(python: nil, workloads: ["v.py"])
        XCTAssertEqual(ABPairing.pythonSpec(workloadOnly, other: base, option: ["3.11"]), ["3.11"])
        XCTAssertEqual(ABPairing.pythonSpec(workloadOnly, other: base, option: []), ["3.12"])
        XCTAssertNil(ABPairing.pythonSpec(workloadOnly, other: workloadOnly, option: []))
        XCTAssertEqual(ABPairing.workloadSpecs(new, other: new, option: []), ["all"])
    }

    func testNewWorkloadsTakeTheBaseNamesByPosition() throws {
        let base = [Workload(name: "work", path: "/old/work.py", summary: "", builtIn: false),
                    Workload(name: "nbody", path: "/b/nbody.py", summary: "", builtIn: true)]
        let new = [Workload(name: "work_v2", path: "/new/work_v2.py", summary: "", builtIn: false),
                   Workload(name: "nbody", path: "/b/nbody.py", summary: "", builtIn: true)]
        let aligned = try ABPairing.aligning(new: new, toBase: base)
        XCTAssertEqual(aligned.map(\.name), ["work", "nbody"])
        XCTAssertEqual(aligned.map(\.path), ["/new/work_v2.py", "/b/nbody.py"])
        XCTAssertThrowsError(try ABPairing.aligning(new: [new[0]], toBase: base))
    }
}

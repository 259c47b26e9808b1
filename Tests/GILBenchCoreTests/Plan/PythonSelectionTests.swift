// PythonSelectionTests: --python specs and the default against a fixed set of installations, free-threaded
// builds included.
import GILBenchCore
import XCTest

final class PythonSelectionTests: XCTestCase {
    private func python(_ version: String, freeThreaded: Bool = false) -> PythonInstallation {
        let label = version + (freeThreaded ? "t" : "")
        return PythonInstallation(
            version: version, versionDetail: version, executable: "/opt/\(label)/bin/python3",
            library: "/opt/\(label)/lib/libpython.so", home: "/opt/\(label)", freeThreaded: freeThreaded,
            supportsOwnGIL: PythonVersion(version)! >= PythonVersion(major: 3, minor: 12), configureArguments: "")
    }

    private var installations: [PythonInstallation] {
        [python("3.13.5"), python("3.13.5", freeThreaded: true), python("3.13.0"), python("3.12.1")]
    }

    func testTheTSuffixSelectsTheFreeThreadedBuildAndNoSuffixTheGILBuild() throws {
        let selection = PythonSelection(installations: installations)
        XCTAssertEqual(try selection.resolve(["3.13t"]).map(\.label), ["3.13.5t"])
        XCTAssertEqual(try selection.resolve(["3.13.5t"]).map(\.label), ["3.13.5t"])
        XCTAssertEqual(try selection.resolve(["3.13"]).map(\.label), ["3.13.5"])
        XCTAssertEqual(try selection.resolve(["3.13.5"]).map(\.label), ["3.13.5"])
        XCTAssertEqual(try selection.resolve(["3.13.5", "3.13.5t"]).map(\.build), ["default", "free-threaded"])
        XCTAssertThrowsError(try selection.resolve(["3.12t"])) { error in
            XCTAssertTrue("\(error)".contains("3.13.5t"), "the error lists the labels found: \(error)")
        }
    }

    func testTheDefaultTakesBothBuildsOfTheNewestRelease() throws {
        XCTAssertEqual(try PythonSelection(installations: installations).defaultSelection().map(\.label), ["3.13.5", "3.13.5t"])
        let noTwin = [python("3.13.5"), python("3.13.0", freeThreaded: true)]
        XCTAssertEqual(try PythonSelection(installations: noTwin).defaultSelection().map(\.label), ["3.13.5"],
                       "a free-threaded build of another release is not the GIL build's twin")
    }
}

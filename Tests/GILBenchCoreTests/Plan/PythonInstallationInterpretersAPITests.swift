// PythonInstallationInterpretersAPITests: the interpreters API interpreter-pool names for each release.
import GILBenchCore
import XCTest

final class PythonInstallationInterpretersAPITests: XCTestCase {
    func testEachReleaseNamesTheModuleItsInterpreterPoolDrives() {
        XCTAssertNil(Fixtures.python("3.11.7").interpreterPoolAPI)
        XCTAssertEqual(Fixtures.python("3.12.1").interpreterPoolAPI, "_xxsubinterpreters + _xxinterpchannels")
        XCTAssertEqual(Fixtures.python("3.13.5").interpreterPoolAPI, "_interpreters + _interpchannels")
        for version in ["3.14.0", "3.14.10", "3.15.2"] {
            XCTAssertEqual(Fixtures.python(version).interpreterPoolAPI,
                           "concurrent.futures.InterpreterPoolExecutor (concurrent.interpreters)", version)
        }
    }

    /// Where the API is named, interpreter-pool runs; where none is, it says why it cannot.
    func testAnAPIIsNamedExactlyWhereInterpreterPoolIsSupported() {
        for version in ["3.11.7", "3.12.1", "3.13.0", "3.14.0", "3.15.2"] {
            let python = Fixtures.python(version)
            XCTAssertEqual(python.interpreterPoolAPI == nil, Strategy.interpreterPool.unsupportedReason(on: python) != nil, version)
        }
    }
}

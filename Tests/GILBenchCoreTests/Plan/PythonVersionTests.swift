// PythonVersionTests: parsing and ordering release numbers.
import GILBenchCore
import XCTest

final class PythonVersionTests: XCTestCase {
    func testParsesFullAndPartialVersions() {
        XCTAssertEqual(PythonVersion("3.13.0"), PythonVersion(major: 3, minor: 13, micro: 0))
        XCTAssertEqual(PythonVersion("3.12"), PythonVersion(major: 3, minor: 12))
        XCTAssertEqual(PythonVersion("3.13.0rc1"), PythonVersion(major: 3, minor: 13, micro: 0))
    }

    func testRejectsGarbage() {
        XCTAssertNil(PythonVersion("three"))
        XCTAssertNil(PythonVersion("3.x.1"))
        XCTAssertNil(PythonVersion("1.2.3.4"))
        XCTAssertNil(PythonVersion(""))
    }

    func testOrdersNumericallyNotLexically() throws {
        XCTAssertLessThan(try XCTUnwrap(PythonVersion("3.9.18")), try XCTUnwrap(PythonVersion("3.11.7")))
        XCTAssertLessThan(try XCTUnwrap(PythonVersion("3.12.1")), try XCTUnwrap(PythonVersion("3.12.10")))
    }
}

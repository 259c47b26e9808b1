// ListEndToEndTests: `gilbench list` shows what a user can pick from.
import XCTest

final class ListEndToEndTests: XCTestCase {
    func testListStrategiesNamesAllFour() throws {
        let invocation = try GILBenchBinary.run(["list", "strategies"])
        XCTAssertEqual(invocation.exitCode, 0)
        for name in ["threads", "subinterpreters", "shared-subinterpreters", "processes"] {
            XCTAssertTrue(invocation.standardOutput.contains(name), name)
        }
    }

    func testListWorkloadsShowsAtLeastSixBuiltIns() throws {
        let invocation = try GILBenchBinary.run(["list", "workloads"])
        XCTAssertEqual(invocation.exitCode, 0)
        let names = invocation.standardOutput.split(separator: "\n").prefix { !$0.isEmpty }.map { $0.split(separator: " ")[0] }
        XCTAssertGreaterThanOrEqual(names.count, 6)
        XCTAssertTrue(names.contains("nbody"))
    }

    func testListPythonsShowsVersionsLibrariesAndSupport() throws {
        let python = try GILBenchBinary.python(minor: 13)
        let invocation = try GILBenchBinary.run(["list", "pythons"])
        XCTAssertEqual(invocation.exitCode, 0)
        XCTAssertTrue(invocation.standardOutput.contains(python.version))
        XCTAssertTrue(invocation.standardOutput.contains(python.library))
        XCTAssertTrue(invocation.standardOutput.contains("subinterpreters"))
        // The interpreters module interpreter-pool drives on that release, named under it (python/pool_driver.py).
        XCTAssertTrue(invocation.standardOutput.contains("interpreter-pool API: _interpreters + _interpchannels"), invocation.standardOutput)
    }

    func testUnknownTopicIsBadInput() throws {
        let invocation = try GILBenchBinary.run(["list", "snakes"])
        XCTAssertEqual(invocation.exitCode, 64)
        XCTAssertTrue(invocation.standardError.contains("snakes"))
    }
}

// PythonWorkerDriverTests: the command line and settings JSON of a `processes` worker run as the installation's python.
import Foundation
import GILBenchCore
@testable import GILBenchHost
import XCTest

final class PythonWorkerDriverTests: XCTestCase {
    private func settings(_ arguments: [String]) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(try XCTUnwrap(arguments.last).utf8))
        return try XCTUnwrap(object as? [String: Any])
    }

    func testArgumentsRunTheHarnessAndTheDriverWithNoScriptDirectory() throws {
        let arguments = PythonWorkerDriver.arguments(workload: HostTestFixtures.workload(), size: 100, importSite: true)
        XCTAssertEqual(arguments.count, 4)
        XCTAssertEqual(Array(arguments.prefix(2)), ["-P", "-c"])
        XCTAssertTrue(arguments[2].hasPrefix(WorkloadHarness.source), "the harness comes first")
        XCTAssertTrue(arguments[2].hasSuffix(PythonWorkerDriver.main))
        XCTAssertTrue(PythonWorkerDriver.main.contains("def _gilbench_worker_main("))
    }

    func testNoSiteAddsDashS() {
        let arguments = PythonWorkerDriver.arguments(workload: HostTestFixtures.workload(), size: 1, importSite: false)
        XCTAssertEqual(Array(arguments.prefix(3)), ["-S", "-P", "-c"])
    }

    func testSettingsCarryPathSizeArgumentsWarmupAndChannelFloor() throws {
        let workload = HostTestFixtures.workload(path: HostTestFixtures.hostileText, arguments: ["--loops", "3"])
        let values = try settings(PythonWorkerDriver.arguments(workload: workload, size: 250, importSite: true, innerWarmupCount: 2))
        XCTAssertEqual(values["path"] as? String, HostTestFixtures.hostileText, "the path survives JSON as data")
        XCTAssertEqual(values["size"] as? Int, 250)
        XCTAssertEqual(values["arguments"] as? [String], ["--loops", "3"])
        XCTAssertEqual(values["innerWarmup"] as? Int, 2)
        XCTAssertEqual(values["channelFloor"] as? Int, Int(ChannelDescriptor.floor(softLimit: ChannelDescriptor.softLimit())))
        XCTAssertNil(values["inputBytes"], "no --input-bytes, no key")
        XCTAssertEqual(Set(values.keys), ["path", "size", "arguments", "innerWarmup", "channelFloor"])
    }

    func testSettingsCarryInputBytesWhenSwept() throws {
        let workload = HostTestFixtures.workload(inputBytes: 4096)
        let values = try settings(PythonWorkerDriver.arguments(workload: workload, size: 1, importSite: true))
        XCTAssertEqual(values["inputBytes"] as? Int, 4096)
        XCTAssertEqual(values["arguments"] as? [String], [], "no pyperf arguments: an empty list")
        XCTAssertEqual(values["innerWarmup"] as? Int, 0)
    }

    /// The driver reads exactly the keys Swift writes.
    func testTheDriverReadsTheKeysSwiftWrites() {
        for key in ["path", "size", "arguments", "innerWarmup", "channelFloor", "inputBytes"] {
            XCTAssertTrue(PythonWorkerDriver.main.contains("\"\(key)\""), "process_worker.py does not read \(key)")
        }
    }
}

// PoolDriverTests: the pool driver module and harness written into a private folder for the Python-level strategies.
import Foundation
@testable import GILBenchHost
import XCTest

final class PoolDriverTests: XCTestCase {
    func testInstallWritesTheModuleAndTheHarnessIntoAPrivateFolder() throws {
        let folder = try PoolDriver.install()
        defer { folder.remove() }
        let module = folder.url.appendingPathComponent(PoolDriver.moduleName + ".py")
        let harness = folder.url.appendingPathComponent(PoolDriver.harnessFileName)
        XCTAssertEqual(try String(contentsOf: module, encoding: .utf8), WorkloadHarness.embedded("pool_driver.py"))
        XCTAssertEqual(try String(contentsOf: harness, encoding: .utf8), WorkloadHarness.source)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.url.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o700)
        // The module finds the harness by the name Swift gives it.
        XCTAssertTrue(WorkloadHarness.embedded("pool_driver.py").contains(PoolDriver.harnessFileName))
    }

    func testRemoveLeavesNothing() throws {
        let folder = try PoolDriver.install()
        folder.remove()
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.url.path))
    }
}

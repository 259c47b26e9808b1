// PoolStrategiesTests: the driver calls of the Python-level strategies (thread-pool, process-pool*, interpreter-pool).
import GILBenchCore
@testable import GILBenchHost
import XCTest

final class PoolStrategiesTests: XCTestCase {
    func testThreadPoolCallsTheExecutorTrialWithNoExecutable() {
        XCTAssertEqual(ThreadPoolStrategy.driverCall("C"),
                       "_gilbench_pool._gilbench_executor_trial(kind=\"thread-pool\", executable=None, start_method=None, C)")
    }

    func testProcessPoolPassesItsExecutableAndStartMethodAsLiterals() {
        let call = ProcessPoolStrategy(startMethod: "forkserver").driverCall(executable: "/p/bin/py\"thon", common: "C")
        XCTAssertEqual(call, "_gilbench_pool._gilbench_executor_trial(kind=\"process-pool\", "
                           + "executable=\"/p/bin/py\\\"thon\", start_method=\"forkserver\", C)")
    }

    func testInterpreterPoolCallsItsOwnDriverFunction() {
        XCTAssertEqual(InterpreterPoolStrategy.driverCall("C"), "_gilbench_pool._gilbench_interpreter_pool_trial(C)")
    }

    /// Every driver function a call names is defined in the embedded pool driver.
    func testTheDriverDefinesWhatTheCallsName() {
        let driver = WorkloadHarness.embedded("pool_driver.py")
        for name in ["_gilbench_executor_trial", "_gilbench_interpreter_pool_trial"] {
            XCTAssertTrue(driver.contains("def \(name)("), name)
        }
    }

    func testProcessPoolWithoutAnExecutableIsUnsupported() {
        let spec = HostTestFixtures.spec(strategy: .processPool, python: HostTestFixtures.python(executable: nil))
        guard case let .failed(status, message) = ProcessPoolStrategy(startMethod: "spawn").run(spec, runtime: nil) else {
            return XCTFail("expected a failure")
        }
        XCTAssertEqual(status, .unsupported)
        XCTAssertTrue(message.contains("no python executable"), message)
    }
}

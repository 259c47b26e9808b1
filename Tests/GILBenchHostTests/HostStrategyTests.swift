// HostStrategyTests: which host-side type runs each strategy, and which of them need CPython in the host.
import GILBenchCore
@testable import GILBenchHost
import XCTest

final class HostStrategyTests: XCTestCase {
    func testEveryStrategyMapsToItsHostType() {
        for strategy in Strategy.allCases {
            let host = strategy.hostStrategy
            switch strategy {
            case .threads: XCTAssertTrue(host is ThreadsStrategy)
            case .subinterpreters, .sharedSubinterpreters: XCTAssertTrue(host is SubinterpreterThreadsStrategy)
            case .processes: XCTAssertTrue(host is ProcessesStrategy)
            case .threadPool: XCTAssertTrue(host is ThreadPoolStrategy)
            case .processPool, .processPoolForkserver, .processPoolFork:
                XCTAssertEqual((host as? ProcessPoolStrategy)?.startMethod, strategy.processStartMethod)
            case .interpreterPool: XCTAssertTrue(host is InterpreterPoolStrategy)
            }
        }
    }

    /// Only `processes` leaves CPython out of the host: its workers are separate processes.
    func testOnlyProcessesRunsWithoutARuntimeInTheHost() {
        XCTAssertEqual(Strategy.allCases.filter { !$0.hostStrategy.needsRuntime }, [.processes])
    }
}

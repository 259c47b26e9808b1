// WorkerThreadGroupTests: the start barrier, the clocks and the measurement of thread workers, with workers that
// run no Python (they only read the clock), so the timing arithmetic is checked on its own.
import Foundation
import GILBenchCore
@testable import GILBenchHost
import XCTest

final class WorkerThreadGroupTests: XCTestCase {
    /// Workers pass the gate, then "run" for a while; the wall time covers the slowest, and no worker starts
    /// before the release.
    func testWallTimeRunsFromTheReleaseToTheLastReturn() {
        let setupStart = MonotonicInstant.now()
        let m = WorkerThreadGroup.run(count: 3, setupStart: setupStart) { index, slot, gate in
            slot.interpreterID = Int64(index)
            usleep(useconds_t(20_000))  // set-up: counted before the release
            gate.arriveAndWait()
            slot.call.start = .now()
            usleep(useconds_t(10_000 * (index + 1)))
            slot.call.end = .now()
            slot.call.checksum = "c\(index)"
        }
        XCTAssertEqual(m.workers.map(\.index), [0, 1, 2])
        XCTAssertEqual(m.workers.map(\.interpreterID), [0, 1, 2])
        XCTAssertEqual(m.workers.map(\.checksum), ["c0", "c1", "c2"])
        XCTAssertEqual(Set(m.workers.map(\.pid)), [getpid()])
        for worker in m.workers {
            XCTAssertGreaterThanOrEqual(worker.startSeconds, 0, "a worker started before the release")
            XCTAssertGreaterThan(worker.endSeconds, worker.startSeconds)
        }
        XCTAssertEqual(m.wallSeconds, m.workers.map(\.endSeconds).max()!, accuracy: 1e-9)
        XCTAssertGreaterThanOrEqual(m.wallSeconds, 0.03, "the slowest worker ran 30 ms")
        XCTAssertGreaterThanOrEqual(m.setupSeconds, 0.02, "every worker spent 20 ms before the gate")
        XCTAssertGreaterThanOrEqual(m.teardownSeconds, 0)
        XCTAssertNil(m.hostWarmupSeconds)
    }

    /// A worker that failed in set-up passes the gate anyway (nobody waits for it), keeps its error, gets zero
    /// times and does not move the wall clock, however late its stale `end` is.
    func testAFailedWorkerNeitherBlocksNorMovesTheClock() {
        let m = WorkerThreadGroup.run(count: 2, setupStart: .now()) { index, slot, gate in
            if index == 1 {
                slot.call.error = "set-up: ImportError"
                slot.call.end = .after(seconds: 1000)
                return  // the group passes the gate for it
            }
            gate.arriveAndWait()
            gate.arriveAndWait()  // a second pass does nothing
            slot.call.start = .now()
            slot.call.end = .now()
        }
        XCTAssertEqual(m.workers[1].error, "set-up: ImportError")
        XCTAssertEqual(m.workers[1].startSeconds, 0)
        XCTAssertEqual(m.workers[1].endSeconds, 0)
        XCTAssertLessThan(m.wallSeconds, 100, "the failed worker's end was counted")
        XCTAssertEqual(m.wallSeconds, m.workers[0].endSeconds, accuracy: 1e-9)
    }

    /// Time reported elsewhere (the host's warm-up call) is taken out of set-up and reported as itself.
    func testExcludedTimeLeavesSetupAndHostWarmupIsPassedOn() {
        let earlier = MonotonicInstant(nanoseconds: MonotonicInstant.now().nanoseconds - 2_000_000_000)
        let m = WorkerThreadGroup.run(count: 1, setupStart: earlier, excludedFromSetup: 1.5, hostWarmupSeconds: 1.5) { _, slot, gate in
            gate.arriveAndWait()
            slot.call.start = .now()
            slot.call.end = .now()
        }
        XCTAssertEqual(m.hostWarmupSeconds, 1.5)
        XCTAssertGreaterThanOrEqual(m.setupSeconds, 0.5)
        XCTAssertLessThan(m.setupSeconds, 1.5, "the excluded 1.5 s is still in set-up")
    }

    /// No worker ran: the wall time is zero rather than a stale instant.
    func testEveryWorkerFailedGivesZeroWall() {
        let m = WorkerThreadGroup.run(count: 2, setupStart: .now()) { _, slot, _ in slot.call.error = "set-up: x" }
        XCTAssertEqual(m.wallSeconds, 0)
        XCTAssertEqual(m.workers.compactMap(\.error).count, 2)
    }
}

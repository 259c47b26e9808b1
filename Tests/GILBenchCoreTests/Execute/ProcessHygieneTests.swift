// ProcessHygieneTests: a subreaper finds a detached grandchild once its parent has exited, kills and reaps it.
import GILBenchCore
import XCTest

final class ProcessHygieneTests: XCTestCase {
    func testADetachedGrandchildIsFoundKilledAndReaped() throws {
        XCTAssertTrue(ProcessHygiene.becomeSubreaper())
        XCTAssertTrue(ProcessHygiene.isSubreaper)
        let owned = ProcessHygiene.children()
        // sh starts a sleep in a new session and exits at once: the sleep is re-parented to this process.
        let child = try ChildProcess(executable: "/bin/sh", arguments: ["-c", "setsid sleep 600 & echo $! >&3"],
                                     environment: ["PATH": "/usr/bin:/bin"], logPath: nil)
        var counted: LeftProcesses?
        child.onExit = { counted = ProcessHygiene.survey(excluding: owned.union([child.pid]), graceSeconds: 0.2) }
        guard case let .line(text) = child.channel.readLine(until: .after(seconds: 30)), let sleeper = pid_t(text) else {
            return XCTFail("no pid from sh")
        }
        XCTAssertEqual(child.waitForExit(until: .after(seconds: 30)), .exited(0))
        XCTAssertEqual(counted?.count, 1)
        XCTAssertTrue(counted?.firstCommandLine.hasPrefix("sleep 600") == true, "\(String(describing: counted))")
        XCTAssertEqual(ProcessTable.snapshot().first { $0.pid == sleeper }?.parentPID, getpid(), "adopted by the subreaper")

        XCTAssertEqual(ProcessHygiene.killAll(excluding: owned), 0)
        XCTAssertNil(ProcessTable.snapshot().first { $0.pid == sleeper }, "killed and reaped, not a zombie")
        XCTAssertEqual(ProcessHygiene.survey(excluding: owned, graceSeconds: 0), .none)
    }
}

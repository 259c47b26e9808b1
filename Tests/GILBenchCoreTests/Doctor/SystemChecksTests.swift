// SystemChecksTests: each doctor rule warns on a built case and is quiet (ok or unknown) on a clean one.
import GILBenchCore
import XCTest

final class SystemChecksTests: XCTestCase {
    func testGovernor() {
        XCTAssertEqual(SystemChecks.governor(["performance"]).verdict, .ok)
        let scaling = SystemChecks.governor(["performance", "powersave"])
        XCTAssertEqual(scaling.verdict, .warning)
        XCTAssertTrue(scaling.advice.contains("cpupower frequency-set -g performance"))
        XCTAssertEqual(SystemChecks.governor([]).verdict, .unknown)
    }

    func testTurbo() {
        XCTAssertEqual(SystemChecks.turbo(true).verdict, .warning)
        XCTAssertEqual(SystemChecks.turbo(false).verdict, .ok)
        XCTAssertEqual(SystemChecks.turbo(nil).verdict, .unknown)
    }

    func testLoad() {
        XCTAssertEqual(SystemChecks.load([3.0, 2.0, 1.0], usableCPUs: 2).verdict, .warning)
        XCTAssertEqual(SystemChecks.load([0.2, 0.1, 0.1], usableCPUs: 2).verdict, .ok)
        XCTAssertEqual(SystemChecks.load([3.0, 2.0, 1.0], usableCPUs: 16).verdict, .ok)
        XCTAssertEqual(SystemChecks.load([], usableCPUs: 2).verdict, .unknown)
    }

    func testBusyProcessesAreListedBusiestFirstWithSafeNames() {
        let check = SystemChecks.busyProcesses([
            .init(pid: 5, name: "idle", cpuFraction: 0.01),
            .init(pid: 7, name: "make", cpuFraction: 0.4),
            .init(pid: 9, name: "evil\u{1b}[2J", cpuFraction: 0.9),
        ])
        XCTAssertEqual(check.verdict, .warning)
        XCTAssertTrue(check.finding.hasPrefix("evil?[2J (pid 9, 90%), make (pid 7, 40%)"), check.finding)
        XCTAssertFalse(check.finding.contains("idle"))
        XCTAssertEqual(SystemChecks.busyProcesses([.init(pid: 5, name: "idle", cpuFraction: 0.01)]).verdict, .ok)
    }

    func testCPUs() {
        XCTAssertEqual(SystemChecks.cpus(CPUBudget(online: 8, affinity: CPUList([0, 1]), quotaCPUs: nil)).verdict, .warning, "fewer usable than online")
        XCTAssertEqual(SystemChecks.cpus(CPUBudget(online: 8, affinity: CPUList(Array(0..<8)), quotaCPUs: 2)).verdict, .warning, "a quota")
        XCTAssertEqual(SystemChecks.cpus(CPUBudget(online: 1, affinity: CPUList([0]), quotaCPUs: nil)).verdict, .warning, "one CPU")
        XCTAssertEqual(SystemChecks.cpus(CPUBudget(online: 4, affinity: CPUList(Array(0..<4)), quotaCPUs: nil)).verdict, .ok)
    }

    func testSwap() {
        XCTAssertEqual(SystemChecks.swap(meminfo: "MemAvailable: 8000000 kB\nSwapTotal: 2097148 kB\nSwapFree: 1000000 kB\n").verdict, .warning)
        XCTAssertEqual(SystemChecks.swap(meminfo: "MemAvailable: 8000000 kB\nSwapTotal: 2097148 kB\nSwapFree: 2097148 kB\n").verdict, .ok)
        XCTAssertEqual(SystemChecks.swap(meminfo: "MemAvailable: 8000000 kB\nSwapTotal: 0 kB\nSwapFree: 0 kB\n").verdict, .ok)
        XCTAssertEqual(SystemChecks.swap(meminfo: "").verdict, .unknown)
    }

    func testTimer() {
        XCTAssertEqual(SystemChecks.timer(resolutionSeconds: 1e-9, readCostSeconds: 25e-9).verdict, .ok)
        XCTAssertEqual(SystemChecks.timer(resolutionSeconds: 0.004, readCostSeconds: 25e-9).verdict, .warning, "a jiffy clock")
        XCTAssertEqual(SystemChecks.timer(resolutionSeconds: 1e-9, readCostSeconds: 2e-6).verdict, .warning, "a trapping clocksource")
    }

    func testParsesProcStatEvenWithParenthesesInTheName() throws {
        let line = "42 (my (odd) name) S 1 42 42 0 -1 4194560 100 0 0 0 250 30 0 0 20 0 1 0 100 0 0\n"
        let parsed = try XCTUnwrap(SystemDoctor.parseStat(line))
        XCTAssertEqual(parsed.name, "my (odd) name")
        XCTAssertEqual(parsed.ticks, 280)
        XCTAssertNil(SystemDoctor.parseStat("garbage"))
    }
}

// CompatibilityRowTests: one cell per workload x Python x strategy, the first failure's status and a short reason.
import GILBenchCore
import XCTest

final class CompatibilityRowTests: XCTestCase {
    func testAPointIsOKOnlyWhenEveryTrialIs() {
        let okSpec = Fixtures.spec(strategy: .threads, workers: 1)
        let failing = Fixtures.spec(strategy: .subinterpreters, workers: 2)
        let records = [
            Fixtures.record(okSpec, wall: 1), Fixtures.record(Fixtures.spec(strategy: .subinterpreters, workers: 1), wall: 1),
            .notRun(failing, status: .error, message: "worker 1: set-up: ImportError: module _x does not support loading in subinterpreters"),
            .notRun(Fixtures.spec(strategy: .processes), status: .unsupported, message: "not run: the reference run in the main interpreter failed: pyperf bench_command('x') times a command"),
        ]
        let rows = CompatibilityRow.rows(records)
        XCTAssertEqual(rows.map(\.strategy), [.threads, .subinterpreters, .processes])
        XCTAssertEqual(rows.map(\.status), [.ok, .error, .unsupported])
        XCTAssertEqual(rows[0].reason, "")
        XCTAssertEqual(rows[1].reason, "ImportError: module _x does not support loading in subinterpreters")
        XCTAssertEqual(rows[2].reason, "pyperf bench_command('x') times a command")
    }

    func testShortReasonDropsFramingAndIsBounded() {
        XCTAssertEqual(CompatibilityRow.shortReason("skipped after warm-up 1 failed: worker 0: boom\nTraceback"), "boom")
        XCTAssertEqual(CompatibilityRow.shortReason("crash: SIGSEGV"), "crash: SIGSEGV")
        XCTAssertEqual(CompatibilityRow.shortReason(String(repeating: "x", count: 500)).count, 160)
    }
}

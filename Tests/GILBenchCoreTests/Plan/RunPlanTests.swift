// RunPlanTests: the plan covers every point each round, interleaves strategies and Pythons, and adds the baseline.
import GILBenchCore
import XCTest

final class RunPlanTests: XCTestCase {
    func testWorkerCountsAlwaysIncludeTheBaseline() {
        XCTAssertEqual(Fixtures.options(workers: [4, 2]).workerCounts, [1, 2, 4])
        XCTAssertEqual(Fixtures.options(workers: [2, 2, 1]).workerCounts, [1, 2])
        XCTAssertEqual(RunOptions.defaultWorkerCounts(cores: 2), [1, 2, 3, 4])
    }

    func testEveryRoundVisitsEveryPointOnce() {
        let options = Fixtures.options(pythons: ["3.12.1", "3.13.0"], workloads: ["a", "b"], workers: [1, 2], repeat: 3, warmup: 1)
        let plan = RunPlan(options: options, sizes: ["a": 5, "b": 7])
        let pointsPerRound = 2 * 2 * 4 * 2
        XCTAssertEqual(plan.points.count, pointsPerRound)
        XCTAssertEqual(plan.trials.count, pointsPerRound * 4)
        for round in 0..<4 {
            let slice = plan.trials[(round * pointsPerRound)..<((round + 1) * pointsPerRound)]
            XCTAssertEqual(Set(slice.map(\.point)).count, pointsPerRound, "round \(round) repeats a point")
            XCTAssertEqual(Set(slice.map(\.warmup)), [round == 0])
            XCTAssertEqual(Set(slice.map(\.repetition)), [round == 0 ? 1 : round])
        }
        XCTAssertEqual(Set(plan.trials.filter { $0.workload.name == "b" }.map(\.size)), [7])
    }

    func testStrategiesAndPythonsAreInterleavedNotBlocked() {
        let plan = RunPlan(options: Fixtures.options(pythons: ["3.12.1", "3.13.0"], repeat: 1, warmup: 0), sizes: ["a": 1])
        // Consecutive trials change Python or strategy far more often than once per block.
        let changes = zip(plan.trials, plan.trials.dropFirst()).filter { $0.strategy != $1.strategy || $0.python != $1.python }.count
        XCTAssertGreaterThanOrEqual(changes, plan.trials.count - 2)
    }

    func testRoundsStartAtDifferentPoints() {
        let plan = RunPlan(options: Fixtures.options(repeat: 3, warmup: 0), sizes: ["a": 1])
        let perRound = plan.points.count
        let firsts = (0..<3).map { plan.trials[$0 * perRound].point }
        XCTAssertGreaterThan(Set(firsts).count, 1)
    }
}

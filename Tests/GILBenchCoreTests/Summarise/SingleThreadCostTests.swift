// SingleThreadCostTests: the free-threaded/GIL ratio of 1-worker medians, its seeded bootstrap interval and geomean.
import GILBenchCore
import XCTest

final class SingleThreadCostTests: XCTestCase {
    private let gil = TrialRecordFactory.python("3.13.5")
    private let free = TrialRecordFactory.python("3.13.5", freeThreaded: true)
    private let other = TrialRecordFactory.python("3.12.1")

    private func records(ratios: [String: Double]) -> [TrialRecord] {
        var result: [TrialRecord] = []
        for (workload, ratio) in ratios.sorted(by: { $0.key < $1.key }) {
            result += TrialRecordFactory.records(python: gil, workload: workload, walls: TrialRecordFactory.around(0.2, spread: 0.05))
            result += TrialRecordFactory.records(python: free, workload: workload, walls: TrialRecordFactory.around(0.2 * ratio, spread: 0.05))
            // Points that must not count: more workers, another strategy, warm-ups.
            result += TrialRecordFactory.records(python: free, workload: workload, workers: 2, walls: [9, 9])
            result += TrialRecordFactory.records(python: free, workload: workload, strategy: .processes, walls: [9, 9])
            result += TrialRecordFactory.records(python: free, workload: workload, walls: [9], warmup: true)
        }
        return result
    }

    func testRatioOfMediansWithIntervalPerWorkloadAndGeometricMean() throws {
        let costs = SingleThreadCost.estimates(records(ratios: ["a": 1.5, "b": 1.2]), pythons: [other, gil, free])
        let cost = try XCTUnwrap(costs.first)
        XCTAssertEqual(costs.count, 1)
        XCTAssertEqual(cost.freeThreadedLabel, "3.13.5t")
        XCTAssertEqual(cost.gilLabel, "3.13.5")
        XCTAssertEqual(cost.strategy, .threads)
        let a = try XCTUnwrap(cost.points.first { $0.workload == "a" })
        XCTAssertEqual(a.ratio, 1.5, accuracy: 1e-9)
        XCTAssertEqual(a.gilSeconds, 0.2, accuracy: 1e-12)
        XCTAssertEqual(a.gilTrials, 7)
        XCTAssertEqual(a.freeThreadedTrials, 7)
        let interval = try XCTUnwrap(a.interval)
        XCTAssertTrue(interval.contains(1.5) && interval.lower > 1.3 && interval.upper < 1.7, "\(interval)")
        XCTAssertEqual(cost.geometricMean!, (1.5 * 1.2).squareRoot(), accuracy: 1e-9)
        let mean = try XCTUnwrap(cost.geometricMeanInterval)
        XCTAssertTrue(mean.contains(cost.geometricMean!) && mean.lower > 1.2 && mean.upper < 1.5, "\(mean)")
    }

    func testSeededAndIndependentOfRecordOrder() {
        let forward = records(ratios: ["a": 1.4, "b": 0.9, "c": 1.1])
        let first = SingleThreadCost.estimates(forward, pythons: [gil, free])
        XCTAssertEqual(first, SingleThreadCost.estimates(forward, pythons: [gil, free]))
        let reordered = SingleThreadCost.estimates(forward.reversed(), pythons: [gil, free])
        XCTAssertEqual(first.first?.geometricMeanInterval, reordered.first?.geometricMeanInterval)
        XCTAssertEqual(Set(first.first?.points.map(\.workload) ?? []), ["a", "b", "c"])
    }

    func testNoEstimateWithoutTheGILTwin() {
        let records = TrialRecordFactory.records(python: free, walls: [0.3, 0.3]) + TrialRecordFactory.records(python: other, walls: [0.2, 0.2])
        XCTAssertTrue(SingleThreadCost.estimates(records, pythons: [other, free]).isEmpty)
        // One workload: a ratio, but no geometric mean.
        let single = SingleThreadCost.estimates(records + TrialRecordFactory.records(python: gil, walls: [0.2, 0.2]), pythons: [gil, free])
        XCTAssertEqual(single.first?.points.count, 1)
        XCTAssertNil(single.first?.geometricMean)
    }
}

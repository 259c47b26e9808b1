// FidelityTests: each C-API strategy paired with its Python-level twin: the Hodges-Lehmann ratio, its interval,
// the 10% threshold, and what is left out (no twin, other sizes, warm-ups, failed trials).
import GILBenchCore
import XCTest

final class FidelityTests: XCTestCase {
    private let python = TrialRecordFactory.python("3.13.5", freeThreaded: true)

    /// threads at 0.2 s +-2% over 5 trials, `twin` at `ratio` times that, at each of `workers`.
    private func records(twin: Strategy = .threadPool, ratio: Double, workers: [Int] = [1, 2], count: Int = 5,
                         twinSize: Int = 100) -> [TrialRecord] {
        let strategy = twin.cAPICounterpart!
        var result: [TrialRecord] = []
        for count_ in workers {
            let walls = TrialRecordFactory.around(0.2 * Double(count_), spread: 0.02, count: count)
            result += TrialRecordFactory.records(python: python, strategy: strategy, workers: count_, walls: walls)
            result += TrialRecordFactory.records(python: python, size: twinSize, strategy: twin, workers: count_, walls: walls.map { $0 * ratio })
        }
        return result
    }

    func testTheTwinsWallTimeOverTheStrategysWithAnIntervalAtEachWorkerCount() throws {
        let points = Fidelity.points(records(ratio: 1.25))
        XCTAssertEqual(points.map(\.workers), [1, 2])
        for point in points {
            XCTAssertEqual(point.pythonLabel, "3.13.5t")
            XCTAssertEqual(point.pythonBuild, "free-threaded")
            XCTAssertEqual(point.strategy, .threads)
            XCTAssertEqual(point.twin, .threadPool)
            // Every twin trial is 1.25x a strategy trial: the differences of logs are symmetric about log 1.25.
            XCTAssertEqual(point.ratio, 1.25, accuracy: 1e-9)
            XCTAssertEqual(point.twinSeconds / point.strategySeconds, 1.25, accuracy: 1e-9)
            XCTAssertEqual(point.strategyTrials, 5)
            XCTAssertEqual(point.twinTrials, 5)
            let interval = try XCTUnwrap(point.interval)
            XCTAssertEqual(interval.level, 0.95)
            XCTAssertTrue(interval.contains(1.25) && interval.lower > 1.1 && interval.upper < 1.4, "\(interval)")
            XCTAssertTrue(point.isBeyondThreshold)
            XCTAssertTrue(point.isIntervalBeyondThreshold)
            XCTAssertFalse(point.isIntervalWithinThreshold)
        }
    }

    func testTheTenPercentThresholdOnThePointEstimateEitherWay() throws {
        let close = try XCTUnwrap(Fidelity.points(records(ratio: 1.05)).first)
        XCTAssertFalse(close.isBeyondThreshold)
        XCTAssertTrue(close.isIntervalWithinThreshold, "\(String(describing: close.interval))")
        let faster = try XCTUnwrap(Fidelity.points(records(ratio: 0.56)).first)
        XCTAssertEqual(faster.ratio, 0.56, accuracy: 1e-9)
        XCTAssertTrue(faster.isBeyondThreshold && faster.isIntervalBeyondThreshold)
        // Just inside and just outside the band.
        XCTAssertFalse(try XCTUnwrap(Fidelity.points(records(ratio: 0.91)).first).isBeyondThreshold)
        XCTAssertTrue(try XCTUnwrap(Fidelity.points(records(ratio: 0.89)).first).isBeyondThreshold)
        XCTAssertTrue(try XCTUnwrap(Fidelity.points(records(ratio: 1.11)).first).isBeyondThreshold)
    }

    func testTooFewTrialsGiveARatioWithoutAnInterval() throws {
        let point = try XCTUnwrap(Fidelity.points(records(ratio: 1.5, count: 3)).first)
        XCTAssertEqual(point.ratio, 1.5, accuracy: 1e-9)
        XCTAssertNil(point.interval, "3 vs 3 cannot reach 95%")
        XCTAssertTrue(point.isBeyondThreshold)
        XCTAssertFalse(point.isIntervalBeyondThreshold, "no interval, nothing settled")
    }

    func testEveryTwinPairsWithItsOwnStrategy() {
        let all = records(twin: .interpreterPool, ratio: 1.0, workers: [2]) + records(twin: .processPool, ratio: 2.0, workers: [2])
            + records(twin: .processPoolFork, ratio: 0.5, workers: [2])
        let points = Fidelity.points(all)
        XCTAssertEqual(points.map(\.twin), [.processPool, .processPoolFork, .interpreterPool].sorted {
            ($0.cAPICounterpart!, $0) < ($1.cAPICounterpart!, $1)
        })
        XCTAssertEqual(points.first { $0.twin == .interpreterPool }?.strategy, .subinterpreters)
        XCTAssertEqual(points.first { $0.twin == .processPoolFork }?.strategy, .processes)
        XCTAssertEqual(points.first { $0.twin == .processPoolFork }?.ratio ?? 0, 0.5, accuracy: 1e-9)
    }

    func testNoTwinPairOtherSizesWarmupsAndFailuresGiveNoPoint() {
        // The C-API strategy alone, or the twin alone.
        XCTAssertEqual(Fidelity.points(TrialRecordFactory.records(python: python, walls: [0.1, 0.1, 0.1])), [])
        XCTAssertEqual(Fidelity.points(TrialRecordFactory.records(python: python, strategy: .threadPool, walls: [0.1, 0.1])), [])
        // The same pair at different sizes is not comparable.
        XCTAssertEqual(Fidelity.points(records(ratio: 1.0, twinSize: 200)), [])
        // Warm-ups and failed trials of the twin are not samples.
        let strategy = TrialRecordFactory.records(python: python, walls: [0.1, 0.1, 0.1])
        let warmups = TrialRecordFactory.records(python: python, strategy: .threadPool, walls: [0.1], warmup: true)
        let failed = TrialRecordFactory.records(python: python, strategy: .threadPool, walls: [0.1], status: .crash)
        XCTAssertEqual(Fidelity.points(strategy + warmups + failed), [])
    }
}

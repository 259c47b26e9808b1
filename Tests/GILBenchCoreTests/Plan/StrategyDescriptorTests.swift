// StrategyDescriptorTests: every strategy has a whole descriptor, no two look alike in a chart, twins pair up, and
// Strategy, LockModel and TrialJudge answer from the descriptor.
import GILBenchCore
import XCTest

final class StrategyDescriptorTests: XCTestCase {
    func testEveryStrategyHasADescriptorNamedAsItIs() {
        for strategy in Strategy.allCases {
            let descriptor = strategy.descriptor
            XCTAssertEqual(descriptor.name, strategy.rawValue)
            XCTAssertFalse(descriptor.summary.isEmpty, strategy.rawValue)
            XCTAssertFalse(descriptor.workersShare.isEmpty, strategy.rawValue)
            XCTAssertEqual(strategy.summary, descriptor.summary)
            XCTAssertEqual(try Strategy.parse(descriptor.name), strategy)
        }
    }

    func testNoTwoStrategiesShareAChartStyle() {
        let styles = Strategy.allCases.map(\.descriptor.chartStyle)
        XCTAssertEqual(Set(styles).count, styles.count, "two strategies would be drawn alike: \(styles)")
        // Line look alone (colour, point, dash) must differ too: the fill pattern shows only in bar charts.
        let lines = Set(styles.map { "\($0.colour) \($0.pointType) \($0.dashType)" })
        XCTAssertEqual(lines.count, styles.count)
        for style in styles {
            XCTAssertTrue(style.colour.count == 7 && style.colour.hasPrefix("#") && style.colour.dropFirst().allSatisfy(\.isHexDigit),
                          "\(style.colour) is not #RRGGBB")
            XCTAssertGreaterThan(style.pointType, 0)
            XCTAssertGreaterThan(style.dashType, 0)
        }
    }

    func testTwinsAreSymmetric() {
        let twins = Strategy.allCases.filter { $0.cAPICounterpart != nil }
        XCTAssertFalse(twins.isEmpty)
        for twin in twins {
            let counterpart = twin.cAPICounterpart!
            // The counterpart is a C-API strategy: it has no twin of its own, is in the default run, and runs under
            // the same lock model as its Python-level twin on either build.
            XCTAssertNil(counterpart.cAPICounterpart, "\(twin) -> \(counterpart) -> \(String(describing: counterpart.cAPICounterpart))")
            XCTAssertTrue(counterpart.descriptor.inDefaultRun, "\(counterpart)")
            XCTAssertFalse(twin.descriptor.inDefaultRun, "\(twin)")
            XCTAssertEqual(twin.descriptor.lockWithGIL, counterpart.descriptor.lockWithGIL, "\(twin)")
            XCTAssertEqual(twin.descriptor.lockWithoutGIL, counterpart.descriptor.lockWithoutGIL, "\(twin)")
        }
        // Every C-API strategy with workers in distinct interpreters or processes has a twin except the legacy
        // shared-GIL one, which Python's own APIs do not offer.
        let paired = Set(twins.compactMap(\.cAPICounterpart))
        XCTAssertEqual(paired, [.threads, .subinterpreters, .processes])
    }

    func testLockModelComesFromTheDescriptorPerBuild() {
        for strategy in Strategy.allCases {
            let descriptor = strategy.descriptor
            XCTAssertEqual(LockModel.of(strategy: strategy, freeThreaded: false, gilEnabledInTrials: nil), descriptor.lockWithGIL)
            XCTAssertEqual(LockModel.of(strategy: strategy, freeThreaded: true, gilEnabledInTrials: nil), descriptor.lockWithoutGIL)
            XCTAssertEqual(LockModel.of(strategy: strategy, freeThreaded: true, gilEnabledInTrials: true), descriptor.lockWithGIL,
                           "a free-threaded build with the GIL re-enabled runs as a GIL build")
        }
        XCTAssertEqual(Strategy.threads.descriptor.lockWithoutGIL, LockModel.none)
        XCTAssertEqual(Strategy.processes.descriptor.lockWithoutGIL, .perProcess)
    }

    func testMinimumPythonDecidesSupport() throws {
        let old = Fixtures.python("3.11.7")
        for strategy in Strategy.allCases {
            let reason = strategy.unsupportedReason(on: old)
            if let minimum = strategy.descriptor.minimumPython {
                XCTAssertGreaterThan(minimum.version, old.parsedVersion)
                XCTAssertEqual(reason, "\(minimum.reason); this is CPython 3.11.7", "\(strategy)")
            } else {
                XCTAssertNil(reason, "\(strategy) on 3.11.7")
            }
        }
    }

    func testEachIdentityRuleIsCheckedByTrialJudge() {
        // Two workers in one interpreter of one process: only a shared-interpreter or recorded-only rule accepts it.
        let shared = Fixtures.samples([(10, 0), (10, 0)])
        for strategy in Strategy.allCases {
            let spec = Fixtures.spec(strategy: strategy, workers: 2)
            let record = TrialJudge.record(spec, outcome: .measured(TrialMeasurement(setupSeconds: 0, wallSeconds: 0.1,
                                                                                        teardownSeconds: 0, workers: shared)),
                                           referenceChecksum: "42")
            let accepts: Bool
            switch strategy.descriptor.identity {
            case .sharedInterpreter, .recordedOnly: accepts = true
            case .distinctSubinterpreters, .distinctProcesses, .noMainInterpreter: accepts = false
            }
            XCTAssertEqual(record.status, accepts ? .ok : .error, "\(strategy): \(record.message)")
            if !accepts { XCTAssertTrue(record.message.contains(strategy.rawValue), record.message) }
        }
    }
}

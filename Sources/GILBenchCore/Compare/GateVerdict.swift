// GateVerdict: what compare's gate concludes (regression, clean, inconclusive), from which tests, with what power.

/// The gate's conclusion over every gating test of a comparison; `exitCode` is what `gilbench compare` exits with.
///
/// - regression (2): some gating test failed (`GateTest.regression`), whatever the power elsewhere;
/// - clean (0): none failed, and every one had at least `minPower` probability of flagging a regression of exactly
///   its threshold;
/// - inconclusive (3): none failed, but nothing was tested or some test had less power.
public struct GateVerdict: Codable, Equatable, Sendable {
    public let outcome: ComparisonOutcome
    /// 0, 2 or 3 (see `ComparisonOutcome.exitCode`).
    public let exitCode: Int32
    public let tests: [GateTest]
    public let minPower: Double
    /// The wall-time threshold (a fraction).
    public let threshold: Double
    /// "holm", or "none" with `--correction none`.
    public let adjustment: String
    /// The largest `detectableChange` over the tests below `minPower` ("could detect >= X% here"); nil when every
    /// test had the power, or some could not detect even +100%.
    public let detectableChange: Double?
    /// The most `trialsNeededPerSide` over the tests below `minPower`; nil when every test had the power, or some
    /// would need more than `GatePower.maximumTrials`.
    public let trialsNeededPerSide: Int?

    public init(tests: [GateTest], minPower: Double, threshold: Double, adjustment: String) {
        self.tests = tests
        self.minPower = minPower
        self.threshold = threshold
        self.adjustment = adjustment
        let weak = tests.filter { !$0.powered(minPower) }
        if tests.contains(where: \.regression) {
            outcome = .regression
        } else if tests.isEmpty || !weak.isEmpty {
            outcome = .inconclusive
        } else {
            outcome = .clean
        }
        exitCode = outcome.exitCode
        let changes = weak.map(\.detectableChange)
        detectableChange = weak.isEmpty || changes.contains(where: { $0 == nil }) ? nil : changes.compactMap { $0 }.max()
        let trials = weak.map(\.trialsNeededPerSide)
        trialsNeededPerSide = weak.isEmpty || trials.contains(where: { $0 == nil }) ? nil : trials.compactMap { $0 }.max()
    }

    /// The tests that failed.
    public var regressions: [GateTest] { tests.filter(\.regression) }

    /// The tests whose power at the threshold was below `minPower`.
    public var underpowered: [GateTest] { tests.filter { !$0.powered(minPower) } }

    /// The smallest power over the tests; nil when there are none.
    public var smallestPower: Double? { tests.isEmpty ? nil : tests.map { $0.power ?? 0 }.min() }
}

// ComparisonPower: what a comparison could have detected, given its trials, its spread and its number of tests.
import Foundation

/// Whether a comparison was able to see a regression at a single point, and if not, what would make it able to.
///
/// A rank test on m vs n trials can never give a p below 2 / C(m+n, m) (0.0079 at 5 vs 5), and Benjamini-Hochberg
/// over M tests turns a lone p into q = p x M; so with 5 trials a side and 7 or more tests no single point can be
/// flagged, however slow it got, and with 3 trials nothing ever can. `gilbench compare` reports this instead of
/// calling such a comparison clean.
public struct ComparisonPower: Codable, Equatable, Sendable {
    /// The tests that can fail the comparison, corrected together (wall and speedup of every point, set-up with
    /// `--gate-setup`).
    public let tests: Int
    /// The smallest p-value the most limited of those tests could reach with its sample sizes (the rank test with
    /// the fewest trials; the speedup's t test has no floor).
    public let smallestPValue: Double?
    /// The smallest q a single regressed point could reach at that test (p x tests under Benjamini-Hochberg, p without).
    public let smallestSinglePointQValue: Double?
    /// Under Benjamini-Hochberg: how many tests must reach their smallest p together before any is flagged (1 when
    /// a lone point can be); nil when not even all of them together could be.
    public let testsNeededTogether: Int?
    /// Gating tests that could not flag their point alone, however large the change ("nbody threads x2 wall").
    public let blindTests: [String]
    /// Over the tests that could: the smallest and largest of the smallest worsening each could flag alone
    /// (fractions), given trials, spread, correction and threshold rule.
    public let smallestDetectableChange: Double?
    public let largestDetectableChange: Double?
    /// Trials per side (on both sides) with which the rank test could flag a lone point among `tests` tests under
    /// the current correction; nil when no number up to 1000 would.
    public let trialsNeeded: Int?
    /// Whether `--correction none` would make every blind test able to flag a lone point.
    public let uncorrectedSuffices: Bool

    public init(tests: Int, smallestPValue: Double?, smallestSinglePointQValue: Double?, testsNeededTogether: Int?,
                blindTests: [String], smallestDetectableChange: Double?, largestDetectableChange: Double?, trialsNeeded: Int?,
                uncorrectedSuffices: Bool) {
        self.tests = tests
        self.smallestPValue = smallestPValue
        self.smallestSinglePointQValue = smallestSinglePointQValue
        self.testsNeededTogether = testsNeededTogether
        self.blindTests = blindTests
        self.smallestDetectableChange = smallestDetectableChange
        self.largestDetectableChange = largestDetectableChange
        self.trialsNeeded = trialsNeeded
        self.uncorrectedSuffices = uncorrectedSuffices
    }

    /// The power of a comparison whose judged rows are `rows`.
    public init(rows: [ComparisonRow], settings: ComparisonSettings) {
        let gating = rows.flatMap { row in
            row.metrics.filter(\.gates).map { ("\(row.workload) \(row.strategy.rawValue) x\(row.workers) \($0.metric.rawValue)", $0) }
        }
        let tested = gating.filter { $0.1.pValue != nil }
        let count = tested.count
        let alpha = settings.alpha
        let factor = settings.correction == .bh ? Double(count) : 1
        // The rank test with the fewest trials is what limits a lone point; the t test's p has no floor.
        let smallest = tested.compactMap(\.1.smallestPValue).max()
        var needed: Int?
        if settings.correction == .bh, let floor = smallest {
            // The k-th smallest of k equal p-values gets q = p x count / k.
            let k = Int((floor * Double(count) / alpha).rounded(.down)) + 1
            needed = k <= count ? k : nil
        }
        let detectable = gating.compactMap(\.1.detectableChange)
        var trials: Int?
        let target = settings.correction == .bh ? alpha / Double(max(count, 1)) : alpha
        for candidate in 1...1000 where MannWhitney.smallestPValue(candidate, candidate) < target {
            trials = candidate
            break
        }
        self.init(tests: count, smallestPValue: smallest, smallestSinglePointQValue: smallest.map { min(1, $0 * factor) },
                  testsNeededTogether: needed,
                  blindTests: gating.filter { $0.1.detectableChange == nil }.map(\.0),
                  smallestDetectableChange: detectable.min(), largestDetectableChange: detectable.max(),
                  trialsNeeded: trials,
                  uncorrectedSuffices: gating.allSatisfy { ($0.1.smallestPValue ?? 1) < alpha })
    }

    /// Whether every test that can fail the comparison could have flagged its point alone.
    public var canDetectASinglePoint: Bool { tests > 0 && blindTests.isEmpty }
}

// ABSampleSize: how many trials a side `gilbench ab` needs to see a threshold-sized change, from the pilot's spread.
import Foundation

/// The sample size of the internal-pilot design (Wittes and Brittain 1990).
///
/// On log wall times a change by the threshold is a shift of d = log(1 + threshold). With s the pooled standard
/// deviation of log times (each side around its own mean, so the shift itself does not inflate s), m gating tests
/// (one per point: the wall-time gate) and the one-sided family level alpha / m (Bonferroni, the most Holm asks of
/// a single test), the normal approximation gives
///
///     n = 2 (z(1 - alpha/m) + z(power))^2 s^2 / d^2   trials a side,
///
/// multiplied by pi/3, the rank test's asymptotic relative efficiency to the t test under normal errors (compare
/// gates with Mann-Whitney), rounded up, and raised to the smallest n at which the exact two-sided rank test can
/// reach alpha / m at all. Because n depends on the pooled spread only, which is independent of the difference
/// under normal errors, choosing n from the pilot and testing once on all trials keeps the test's level (the
/// internal-pilot result); the one look at the means is the final gate.
public enum ABSampleSize {
    /// Trials a side for `power` to detect `threshold` (fraction) at one-sided `alpha` over `tests` tests.
    /// - Parameter spread: the pooled standard deviation of log wall times.
    public static func trialsPerSide(spread: Double, threshold: Double, power: Double, tests: Int, alpha: Double = 0.05) -> Int {
        let perTest = alpha / Double(max(1, tests))
        let floor = rankTestFloor(alphaPerTest: perTest)
        guard spread.isFinite, spread > 0, threshold > 0 else { return floor }
        let z = -StudentT.normalQuantile(perTest) + StudentT.normalQuantile(power)
        let shift = log(1 + threshold)
        let normal = 2 * z * z * spread * spread / (shift * shift)
        let needed = (normal * Double.pi / 3).rounded(.up)
        return max(floor, needed < 1e9 ? Int(needed) : Int(1e9))
    }

    /// The smallest n a side at which the exact two-sided Mann-Whitney test's smallest p-value, 2 / C(2n, n),
    /// is at most `alphaPerTest` (5 at 0.0125, 4 at 0.05).
    public static func rankTestFloor(alphaPerTest: Double) -> Int {
        var n = 1
        var choose = 2.0 // C(2n, n)
        while 2 / choose > alphaPerTest && n < 1000 {
            n += 1
            choose = choose * Double(2 * n) * Double(2 * n - 1) / Double(n * n)
        }
        return n
    }

    /// The pooled standard deviation of log times, each sample around its own mean; nil with fewer than 3 values
    /// in all or any time not above 0.
    public static func pooledLogSpread(_ samples: [[Double]]) -> Double? {
        let logs = samples.filter { !$0.isEmpty }.map { $0.map(log) }
        let count = logs.reduce(0) { $0 + $1.count }
        let degrees = count - logs.count
        guard degrees >= 1, logs.allSatisfy({ $0.allSatisfy(\.isFinite) }) else { return nil }
        let squares = logs.reduce(0.0) { total, sample in
            let mean = sample.reduce(0, +) / Double(sample.count)
            return total + sample.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        }
        return (squares / Double(degrees)).squareRoot()
    }
}

// BenjaminiHochberg: q-values that control the false discovery rate when many points are tested at once.

/// The Benjamini-Hochberg step-up adjustment (R's `p.adjust(p, "BH")`).
///
/// A comparison tests every point; at p < 0.05 each, a 64-point A/A comparison would flag about three points by
/// chance. Comparing the adjusted q-values with 0.05 instead keeps the expected share of false findings among the
/// findings at 5% (and the chance of any false finding at 5% when nothing changed).
public enum BenjaminiHochberg {
    /// q-values in the order of `pValues`; nil entries (no test) stay nil and do not count as tests.
    public static func adjust(_ pValues: [Double?]) -> [Double?] {
        let tested = pValues.enumerated().compactMap { index, p in p.map { (index, $0) } }
        let count = Double(tested.count)
        var adjusted = [Double?](repeating: nil, count: pValues.count)
        var running = 1.0
        for (rank, (index, p)) in tested.sorted(by: { $0.1 < $1.1 }).enumerated().reversed() {
            running = min(running, p * count / Double(rank + 1))
            adjusted[index] = min(1, running)
        }
        return adjusted
    }
}

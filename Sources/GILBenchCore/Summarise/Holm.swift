// Holm: step-down adjusted p-values that control the chance of any false finding (family-wise error rate).

/// Holm's step-down adjustment (R's `p.adjust(p, "holm")`).
///
/// `compare`'s gate fails a comparison when any of its tests is significant, so what must stay at alpha is the
/// chance of *any* false alarm, whatever the other points do. Benjamini-Hochberg does not give that: when many points
/// truly improve, their small p-values lower the bar for an unchanged one. Holm does, under any dependence: the
/// smallest p is compared with alpha / m, the next with alpha / (m - 1), and so on, stopping at the first that fails.
public enum Holm {
    /// Adjusted p-values in the order of `pValues`: the i-th smallest gets max over j <= i of (m - j + 1) x p_(j),
    /// at most 1. Nil entries (no test) stay nil and do not count as tests.
    public static func adjust(_ pValues: [Double?]) -> [Double?] {
        let tested = pValues.enumerated().compactMap { index, p in p.map { (index, $0) } }
        let count = tested.count
        var adjusted = [Double?](repeating: nil, count: pValues.count)
        var running = 0.0
        for (rank, (index, p)) in tested.sorted(by: { $0.1 < $1.1 }).enumerated() {
            running = max(running, min(1, Double(count - rank) * p))
            adjusted[index] = running
        }
        return adjusted
    }
}

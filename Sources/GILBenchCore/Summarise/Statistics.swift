// Statistics: order statistics and moments over samples of seconds.
import Foundation

/// Summary statistics of a sample. Empty samples have no statistics (nil from `init`).
public struct Statistics: Equatable, Sendable {
    public let count: Int
    public let median: Double
    public let minimum: Double
    public let maximum: Double
    public let mean: Double
    /// Sample standard deviation (n - 1); 0 for one value.
    public let standardDeviation: Double

    public init?(_ values: [Double]) {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        count = sorted.count
        median = Statistics.quantile(sorted, 0.5)
        minimum = sorted.first!
        maximum = sorted.last!
        mean = sorted.reduce(0, +) / Double(count)
        if count > 1 {
            let m = mean
            standardDeviation = (sorted.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(count - 1)).squareRoot()
        } else {
            standardDeviation = 0
        }
    }

    /// Linear-interpolated quantile (type 7, as numpy's default) of an ascending sample.
    public static func quantile(_ sorted: [Double], _ probability: Double) -> Double {
        precondition(!sorted.isEmpty)
        let position = probability * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }

    /// Geometric mean of positive values; nil if any is not positive or the list is empty.
    public static func geometricMean(_ values: [Double]) -> Double? {
        guard !values.isEmpty, values.allSatisfy({ $0 > 0 }) else { return nil }
        return exp(values.map(log).reduce(0, +) / Double(values.count))
    }
}

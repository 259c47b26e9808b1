// LinearFit: ordinary least squares y = a + b x, with a confidence interval for the slope b.
import Foundation

/// The OLS fit of a line; `slopeInterval` is the two-sided t interval of the slope at `level`.
public struct LinearFit: Sendable, Equatable {
    public let slope: Double
    public let intercept: Double
    public let slopeInterval: ConfidenceInterval
    public let points: Int

    /// Nil with fewer than 3 points or no spread in x.
    public init?(x: [Double], y: [Double], level: Double = 0.95) {
        let n = min(x.count, y.count)
        guard n >= 3 else { return nil }
        let meanX = x.prefix(n).reduce(0, +) / Double(n)
        let meanY = y.prefix(n).reduce(0, +) / Double(n)
        var sxx = 0.0, sxy = 0.0
        for i in 0..<n {
            sxx += (x[i] - meanX) * (x[i] - meanX)
            sxy += (x[i] - meanX) * (y[i] - meanY)
        }
        guard sxx > 0 else { return nil }
        slope = sxy / sxx
        intercept = meanY - slope * meanX
        var residuals = 0.0
        for i in 0..<n {
            let r = y[i] - intercept - slope * x[i]
            residuals += r * r
        }
        let standardError = (residuals / Double(n - 2) / sxx).squareRoot()
        let t = LinearFit.studentQuantile(probability: 1 - (1 - level) / 2, degreesOfFreedom: n - 2)
        slopeInterval = ConfidenceInterval(lower: slope - t * standardError, upper: slope + t * standardError, level: level)
        points = n
    }

    /// Whether the interval excludes zero: growth (or shrinkage) the noise cannot explain.
    public var isSignificant: Bool { slopeInterval.lower > 0 || slopeInterval.upper < 0 }

    /// The quantile of Student's t distribution (`StudentT.quantile`, exact to ~1e-12).
    public static func studentQuantile(probability: Double, degreesOfFreedom: Int) -> Double {
        StudentT(degreesOfFreedom: Double(degreesOfFreedom)).quantile(probability)
    }
}

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

    /// The quantile of Student's t distribution, by bisection on its CDF (the regularized incomplete beta
    /// function, by continued fraction): exact to ~1e-10, for any degrees of freedom.
    public static func studentQuantile(probability: Double, degreesOfFreedom: Int) -> Double {
        let nu = Double(degreesOfFreedom)
        func cdf(_ t: Double) -> Double {
            let tail = 0.5 * incompleteBeta(a: nu / 2, b: 0.5, x: nu / (nu + t * t))
            return t >= 0 ? 1 - tail : tail
        }
        var low = -1000.0, high = 1000.0
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if cdf(middle) < probability { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }

    /// The regularized incomplete beta function I_x(a, b) (Numerical Recipes' continued fraction).
    static func incompleteBeta(a: Double, b: Double, x: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logGammas: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
        let logPowers: Double = a * log(x) + b * log(1 - x)
        let front = exp(logGammas + logPowers)
        if x > (a + 1) / (a + b + 2) { return 1 - incompleteBeta(a: b, b: a, x: 1 - x) }
        var c = 1.0, d = 1 - (a + b) * x / (a + 1)
        if abs(d) < 1e-300 { d = 1e-300 }
        d = 1 / d
        var result = d
        for m in 1...300 {
            let m = Double(m)
            let evenDenominator: Double = (a + 2 * m - 1) * (a + 2 * m)
            var numerator: Double = m * (b - m) * x / evenDenominator
            d = 1 + numerator * d; if abs(d) < 1e-300 { d = 1e-300 }
            c = 1 + numerator / c; if abs(c) < 1e-300 { c = 1e-300 }
            d = 1 / d
            result *= d * c
            let oddDenominator: Double = (a + 2 * m) * (a + 2 * m + 1)
            numerator = -(a + m) * (a + b + m) * x / oddDenominator
            d = 1 + numerator * d; if abs(d) < 1e-300 { d = 1e-300 }
            c = 1 + numerator / c; if abs(c) < 1e-300 { c = 1e-300 }
            d = 1 / d
            let delta = d * c
            result *= delta
            if abs(delta - 1) < 1e-12 { break }
        }
        return front * result / a
    }
}

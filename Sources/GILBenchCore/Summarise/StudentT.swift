// StudentT: the Student t distribution (CDF and quantile), for the Welch test of the speedup ratio.
import Foundation

/// Student's t distribution with `degreesOfFreedom` (any positive real, as the Welch-Satterthwaite formula gives).
public struct StudentT: Sendable {
    public let degreesOfFreedom: Double

    public init(degreesOfFreedom: Double) {
        precondition(degreesOfFreedom > 0)
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// P(T <= t), through the regularized incomplete beta function: P(|T| > t) = I_{df/(df+t^2)}(df/2, 1/2).
    public func cdf(_ t: Double) -> Double {
        guard t.isFinite else { return t > 0 ? 1 : 0 }
        let tail = 0.5 * Self.regularizedIncompleteBeta(degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5)
        return t > 0 ? 1 - tail : tail
    }

    /// Two-sided p-value of an observed t: P(|T| >= |t|).
    public func twoSidedPValue(_ t: Double) -> Double {
        guard t.isFinite else { return t.isNaN ? 1 : 0 }
        return min(1, Self.regularizedIncompleteBeta(degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5))
    }

    /// The t with P(T <= t) = `probability`, by bisection on the CDF (to 1e-12).
    public func quantile(_ probability: Double) -> Double {
        precondition(probability > 0 && probability < 1)
        if probability < 0.5 { return -quantile(1 - probability) }
        var low = 0.0
        var high = 1.0
        while cdf(high) < probability { high *= 2 }
        for _ in 0..<200 where high - low > 1e-12 * max(1, high) {
            let middle = (low + high) / 2
            if cdf(middle) < probability { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }

    /// I_x(a, b) by the continued fraction of Numerical Recipes (`betai`/`betacf`), modified Lentz's method.
    static func regularizedIncompleteBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logGammas: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
        let logPowers: Double = a * log(x) + b * log(1 - x)
        let front = exp(logGammas + logPowers)
        if x < (a + 1) / (a + b + 2) { return front * continuedFraction(x, a, b) / a }
        return 1 - front * continuedFraction(1 - x, b, a) / b
    }

    private static func continuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var result = d
        for m in 1...300 {
            let m = Double(m)
            let even: Double = (a + 2 * m - 1) * (a + 2 * m)
            var numerator: Double = m * (b - m) * x / even
            d = 1 + numerator * d
            if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            result *= d * c
            let odd: Double = (a + 2 * m) * (a + 2 * m + 1)
            numerator = -(a + m) * (a + b + m) * x / odd
            d = 1 + numerator * d
            if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let step = d * c
            result *= step
            if abs(step - 1) < 1e-15 { break }
        }
        return result
    }
}

extension StudentT {
    /// The standard normal quantile (the t quantile as the degrees of freedom grow), by bisection on erfc.
    public static func normalQuantile(_ probability: Double) -> Double {
        precondition(probability > 0 && probability < 1)
        var low = -40.0
        var high = 40.0
        for _ in 0..<200 where high - low > 1e-13 {
            let middle = (low + high) / 2
            if 0.5 * erfc(-middle / 2.squareRoot()) < probability { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }
}

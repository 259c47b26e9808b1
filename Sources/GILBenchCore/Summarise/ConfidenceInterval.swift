// ConfidenceInterval: a two-sided interval for an estimate, at a stated confidence level.

/// `[lower, upper]` at `level` (0.95 for a 95% interval).
public struct ConfidenceInterval: Codable, Equatable, Sendable {
    public let lower: Double
    public let upper: Double
    public let level: Double

    public init(lower: Double, upper: Double, level: Double) {
        self.lower = lower
        self.upper = upper
        self.level = level
    }

    /// Whether `value` lies inside the interval (bounds included).
    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }

    /// `upper - lower`.
    public var width: Double { upper - lower }
}

// ABSide: which side of `gilbench ab` a trial belongs to.

/// The two sides of an A/B measurement: `base` (A, the reference) and `new` (B).
public enum ABSide: String, CaseIterable, Codable, Sendable {
    case base
    case new
}

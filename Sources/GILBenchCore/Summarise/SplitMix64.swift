// SplitMix64: a tiny seeded random number generator, so bootstrap intervals are reproducible bit for bit.

/// Steele, Lea and Flood's SplitMix64 (the seeder of xoshiro). Not cryptographic; fast, well mixed, and the same
/// sequence on every platform for a given seed, which is what reproducible statistics need.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose whole sequence is fixed by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform index in `0..<count` (Lemire's multiply-shift; the tiny bias is irrelevant for resampling).
    public mutating func index(below count: Int) -> Int {
        precondition(count > 0)
        return Int(next().multipliedFullWidth(by: UInt64(count)).high)
    }
}

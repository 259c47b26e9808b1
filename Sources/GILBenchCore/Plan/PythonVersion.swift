// PythonVersion: a CPython release number, parsed and ordered.

/// "3.13.0" as numbers, ordered by (major, minor, micro).
public struct PythonVersion: Comparable, Codable, Hashable, Sendable, CustomStringConvertible {
    public let major: Int
    public let minor: Int
    public let micro: Int

    public init(major: Int, minor: Int, micro: Int = 0) {
        self.major = major
        self.minor = minor
        self.micro = micro
    }

    /// Parses "3", "3.13" or "3.13.0" (a suffix like "3.13.0rc1" or "3.13.0+" keeps its numeric part).
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        var numbers: [Int] = []
        for (index, part) in parts.enumerated() {
            let digits = part.prefix { $0.isNumber }
            guard let value = Int(digits), !digits.isEmpty else { return nil }
            guard index == parts.count - 1 || digits.count == part.count else { return nil }
            numbers.append(value)
        }
        self.init(major: numbers[0], minor: numbers.count > 1 ? numbers[1] : 0, micro: numbers.count > 2 ? numbers[2] : 0)
    }

    public var description: String { "\(major).\(minor).\(micro)" }

    public static func < (lhs: PythonVersion, rhs: PythonVersion) -> Bool {
        (lhs.major, lhs.minor, lhs.micro) < (rhs.major, rhs.minor, rhs.micro)
    }
}

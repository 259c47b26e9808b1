// ResultFieldRule: what a value of a result file may be (type, range, length), and the one-line reason it is not.
import Foundation

/// The rule for one CSV column or metadata.json field. Strings named in file names, charts and tables
/// (`identifier`) hold no control characters and are short; free text (`text`: messages, docstrings, paths) is
/// bounded only, since every destination encodes it; numbers are finite and within a range that keeps every
/// derived number (speedup, ratios) finite.
public enum ResultFieldRule: Equatable, Sendable {
    /// A name: workload, Python version, strategy, CPU model, run id. No control characters, at most 256 characters.
    case identifier
    /// Free text: at most `maximumCharacters`.
    case text
    /// A whole number in `range`.
    case integer(ClosedRange<Int>)
    /// A duration: 0, or from 1 ns to 1e9 s (one that may round to 0 at microsecond resolution or be clamped to 0,
    /// e.g. a teardown, a transfer, a spread).
    case seconds
    /// A duration that is never 0 when measured: from 1 ns to 1e9 s (wall, compute and set-up times, whose
    /// logarithms `compare` takes; a 0 there made log(0) and a NaN p-value).
    case positiveSeconds
    /// A time relative to a trial's start barrier: -1e9 to 1e9 s.
    case offsetSeconds
    /// A ratio (speedup, efficiency): 0 to 1e12.
    case ratio
    /// true or false.
    case boolean

    /// The longest identifier.
    public static let maximumIdentifierLength = 256
    /// The longest free text.
    public static let maximumCharacters = 1 << 20

    /// Why `text` breaks the rule (a phrase such as "'nan' is not a finite number"), or nil when it holds.
    /// An empty value is checked by the caller (it means "missing").
    public func violation(_ text: String) -> String? {
        switch self {
        case .identifier:
            if let offset = text.unicodeScalars.firstIndex(where: ResultFieldRule.isControl) {
                let scalar = text.unicodeScalars[offset]
                return "control character U+\(String(format: "%04X", scalar.value)) in \(ResultFieldRule.show(text)) (names may not hold line breaks or other control characters)"
            }
            if text.unicodeScalars.count > ResultFieldRule.maximumIdentifierLength {
                return "too long (\(text.unicodeScalars.count) characters; at most \(ResultFieldRule.maximumIdentifierLength))"
            }
            return nil
        case .text:
            return text.unicodeScalars.count > ResultFieldRule.maximumCharacters
                ? "too long (\(text.unicodeScalars.count) characters; at most \(ResultFieldRule.maximumCharacters))" : nil
        case let .integer(range):
            guard let value = Int(text) else { return "\(ResultFieldRule.show(text)) is not a whole number" }
            return range.contains(value) ? nil : "\(value) is out of range (expected \(range.lowerBound) to \(range.upperBound))"
        case .seconds:
            return numeric(text, expected: "seconds: 0, or 1e-9 to 1e9") { $0 == 0 || (1e-9...1e9).contains($0) }
        case .positiveSeconds:
            return numeric(text, expected: "seconds from 1e-9 to 1e9; a measured time is never 0 or negative") { (1e-9...1e9).contains($0) }
        case .offsetSeconds:
            return numeric(text, expected: "seconds from -1e9 to 1e9") { (-1e9...1e9).contains($0) }
        case .ratio:
            return numeric(text, expected: "a ratio from 0 to 1e12") { (0...1e12).contains($0) }
        case .boolean:
            return text == "true" || text == "false" ? nil : "\(ResultFieldRule.show(text)) is not true or false"
        }
    }

    /// The rule checked on a number already decoded (metadata.json).
    public func violation(_ value: Double) -> String? {
        guard value.isFinite else { return "\(value) is not a finite number" }
        switch self {
        case .seconds: return value == 0 || (1e-9...1e9).contains(value) ? nil : "\(value) is out of range (expected seconds: 0, or 1e-9 to 1e9)"
        case .positiveSeconds: return (1e-9...1e9).contains(value) ? nil : "\(value) is out of range (expected seconds from 1e-9 to 1e9; a measured time is never 0 or negative)"
        case .offsetSeconds: return (-1e9...1e9).contains(value) ? nil : "\(value) is out of range (expected seconds from -1e9 to 1e9)"
        case .ratio: return (0...1e12).contains(value) ? nil : "\(value) is out of range (expected a ratio from 0 to 1e12)"
        case let .integer(range): return Double(range.lowerBound) <= value && value <= Double(range.upperBound) ? nil : "\(value) is out of range (expected \(range.lowerBound) to \(range.upperBound))"
        default: return nil
        }
    }

    private func numeric(_ text: String, expected: String, _ accept: (Double) -> Bool) -> String? {
        guard let value = Double(text) else { return "\(ResultFieldRule.show(text)) is not a number" }
        guard value.isFinite else { return "\(ResultFieldRule.show(text)) is not a finite number" }
        return accept(value) ? nil : "\(ResultFieldRule.show(text)) is out of range (expected \(expected))"
    }

    /// Control characters, and the Unicode line and paragraph separators.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// A value as quoted in a message: at most 40 characters, with control characters made visible.
    static func show(_ text: String) -> String {
        let cut = text.unicodeScalars.count > 40 ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(40))) + "…" : text
        return "'" + String(cut.unicodeScalars.map { isControl($0) ? String(format: "\\u{%X}", $0.value) : String($0) }.joined()) + "'"
    }
}

// GnuplotString: the one encoder for text that goes into gnuplot code (string literals and comment lines).
import Foundation

/// Encodes a value for a gnuplot script. A value read from a result folder is data; spliced into a script it
/// would be code: a line break ends a literal or a comment, and the next line is a statement (`system(...)` runs
/// a shell). So every value passes through here: control characters (line breaks, NUL, escape, DEL, C1, and the
/// Unicode line and paragraph separators) are replaced with U+FFFD, the length is bounded, and the text goes into
/// single-quoted strings only (in which gnuplot expands neither backquotes nor `@` macros, and which take no
/// escapes). A quote cannot be doubled there: gnuplot 5.4's tokenizer misreads four quotes in a row and a string
/// that starts with a doubled quote, so a value with quotes could end its string early. Instead each quote is its
/// own constant piece, joined by gnuplot's `.` operator: `it's` becomes `'it'."'".'s'`, an expression valid
/// wherever a value is assigned.
public enum GnuplotString {
    /// The most characters a value keeps; longer values are cut and end in "…".
    public static let maximumLength = 200

    /// What a value became, and which characters were replaced on the way ("U+000A at 9").
    public struct Encoded: Equatable, Sendable {
        public let text: String
        public let replaced: [String]
    }

    /// `value` as a gnuplot string expression: single-quoted pieces, quotes as `"'"` between them.
    public static func literal(_ value: String) -> String {
        encode(value).text
    }

    /// `value` as a gnuplot string expression, with the list of characters replaced.
    public static func encode(_ value: String) -> Encoded {
        let (clean, replaced) = sanitized(value)
        let pieces = clean.split(separator: "'", omittingEmptySubsequences: false).map { "'" + $0 + "'" }
        return Encoded(text: pieces.joined(separator: ".\"'\"."), replaced: replaced)
    }

    /// `value` as the text of one comment line (after "# "): control characters replaced, bounded, and never
    /// ending in a backslash (which would continue the comment onto the next line).
    public static func comment(_ value: String) -> String {
        var text = sanitized(value).text
        while text.hasSuffix("\\") { text.removeLast() }
        return text
    }

    /// Whether gnuplot code must not carry `scalar` raw.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    private static func sanitized(_ value: String) -> (text: String, replaced: [String]) {
        var text = String.UnicodeScalarView()
        var replaced: [String] = []
        for (offset, scalar) in value.unicodeScalars.enumerated() {
            if offset == maximumLength {
                text.append("…")
                break
            }
            if isUnsafe(scalar) {
                replaced.append(String(format: "U+%04X at %d", scalar.value, offset))
                text.append("\u{FFFD}")
            } else {
                text.append(scalar)
            }
        }
        return (String(text), replaced)
    }
}

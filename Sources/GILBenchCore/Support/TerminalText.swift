// TerminalText: the one encoder for text shown on a terminal: control characters made visible, never obeyed.

/// Escapes what a terminal would act on. A workload name, docstring or message read from a result folder could
/// hold ANSI escape sequences (recolour, move the cursor, rewrite earlier lines, set the window title) or a
/// carriage return that hides text; shown raw, the terminal obeys them. Here every control character (C0, DEL,
/// C1), the Unicode line separators and the bidirectional overrides become a visible escape such as `\x1b` or
/// `\u{202e}`; line feeds and tabs are kept where the caller asks.
public enum TerminalText {
    /// `text` with every control character but line feed and tab shown as an escape.
    public static func escaped(_ text: String) -> String {
        encode(text, keepingLineBreaks: true)
    }

    /// `text` as one line: line feeds and tabs are escaped too (for one-line messages).
    public static func line(_ text: String) -> String {
        encode(text, keepingLineBreaks: false)
    }

    /// Whether a terminal may act on `scalar`.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || (0x2028...0x2029).contains(scalar.value)
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// How an unsafe `scalar` is shown: `\x1b` below U+0100, else `\u{202e}`.
    public static func visibleEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return scalar.value < 0x100 ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{\(hex)}"
    }

    private static func encode(_ text: String, keepingLineBreaks: Bool) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if keepingLineBreaks && (scalar == "\n" || scalar == "\t") {
                result.append(scalar)
            } else if scalar == "\n" {
                result.append(contentsOf: "\\n".unicodeScalars)
            } else if scalar == "\t" {
                result.append(contentsOf: "\\t".unicodeScalars)
            } else if isUnsafe(scalar) {
                result.append(contentsOf: visibleEscape(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}

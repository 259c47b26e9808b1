// MarkdownText: the one encoder for values written into report.md and Markdown comparisons.

/// Escapes values for Markdown (GitHub-flavoured) and the HTML it may contain. A workload name or docstring
/// read from a result folder is text, never markup: `<script>`, `<img onerror=...>`, `[link](javascript:...)`,
/// `![image](http://tracker)`, a `|` that splits a table cell, or a line break that starts a new block would
/// otherwise be rendered.
public enum MarkdownText {
    /// The most characters an inline value keeps; longer values are cut and end in "…".
    public static let maximumLength = 2000

    /// `text` for a place inside a line (a table cell, a sentence, a heading, an image's alt text): HTML
    /// characters as entities, Markdown punctuation backslash-escaped, line breaks as spaces, other control
    /// characters and bidirectional overrides as U+FFFD, bounded. An underscore between two letters or digits is kept (GitHub never reads
    /// it as emphasis).
    public static func inline(_ text: String) -> String {
        var result = ""
        let scalars = Array(text.unicodeScalars.prefix(maximumLength + 1))
        func isWordCharacter(_ index: Int) -> Bool {
            scalars.indices.contains(index) && (scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]))
        }
        for (offset, scalar) in scalars.enumerated() {
            if offset == maximumLength {
                result += "…"
                break
            }
            switch scalar {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            // An underscore inside a word (spectral_norm, GILBENCH_PLOTS) never starts emphasis, so it stays readable.
            case "_" where isWordCharacter(offset - 1) && isWordCharacter(offset + 1):
                result += "_"
            case "\\", "`", "*", "_", "[", "]", "|", "~", "$":
                result += "\\" + String(scalar)
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}": result += " "
            default:
                // Bidirectional overrides would reorder the text a reader sees (the "Trojan Source" trick).
                if scalar.properties.generalCategory == .control || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// A fenced code block holding `text` verbatim: the fence is longer than any run of backquotes inside, so the
    /// text cannot close it; control characters other than line feed and tab become U+FFFD.
    public static func codeBlock(_ text: String, language: String = "") -> String {
        var clean = String.UnicodeScalarView()
        var longestRun = 0
        var run = 0
        for scalar in text.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
            let keep = scalar == "\n" || scalar == "\t" || scalar.properties.generalCategory != .control
            clean.append(keep ? scalar : "\u{FFFD}")
        }
        let fence = String(repeating: "`", count: max(3, longestRun + 1))
        let safeLanguage = String(language.filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
        return "\(fence)\(safeLanguage)\n\(String(clean))\n\(fence)\n"
    }
}

// SafeFileName: the one encoder for file names made from values (workload names, Python labels).

/// Turns a value into a file-name component from an allow-list: ASCII letters and digits, `.`, `-` and `_`.
/// Everything else (a `/`, `..` as a whole name, a control character, a non-ASCII letter that another file system
/// would normalise differently) becomes `_`, a leading dot too (no hidden files, no `.` or `..`), and a long
/// name is cut with a hash of the whole value appended, so two long names stay distinct.
public enum SafeFileName {
    /// The longest component produced (file systems allow 255 bytes; charts add a suffix and an extension).
    public static let maximumLength = 120

    /// `text` as a safe file-name component.
    public static func component(_ text: String) -> String {
        var name = String(text.map { isAllowed($0) ? $0 : "_" })
        if name.first == "." { name = "_" + name.dropFirst() }
        if name.isEmpty { name = "_" }
        if name.count > maximumLength {
            name = String(name.prefix(maximumLength - 9)) + "-" + hash(text)
        }
        return name
    }

    /// Whether `name` is already a safe component (what every writer checks before creating a file).
    public static func isSafe(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 255 && name != "." && name != ".." && name.allSatisfy { isAllowed($0) }
    }

    private static func isAllowed(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "." || character == "-" || character == "_")
    }

    /// 8 hex digits of FNV-1a over the UTF-8 bytes: stable across runs and machines.
    private static func hash(_ text: String) -> String {
        var value: UInt32 = 2_166_136_261
        for byte in text.utf8 { value = (value ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}

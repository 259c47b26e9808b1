// JSONSyntax: finds where a JSON text breaks (line, column, what), for the one-line message about a garbled file.
import Foundation

/// Foundation's decoder only says "not valid JSON"; a user fixing a file by hand wants the line. This scanner
/// walks the text once (iteratively, so deep nesting cannot overflow the stack) and reports the first problem:
/// an unexpected character, a raw control character in a string, a number out of Double's range (`1e999`),
/// `NaN`/`Infinity` (not JSON), or an early end.
public enum JSONSyntax {
    /// The first syntax problem of `data` as "line L, column C: what", or nil when the text is valid JSON.
    public static func firstProblem(_ data: Data) -> String? {
        let bytes = [UInt8](data)
        var index = 0
        func position(_ at: Int) -> String {
            var line = 1
            var column = 1
            for byte in bytes[0..<min(at, bytes.count)] {
                if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
            }
            return "line \(line), column \(column)"
        }
        func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }
        // The containers open at this point: true for an object, false for an array.
        var stack: [Bool] = []
        var expectValue = true
        while true {
            skipSpace()
            guard index < bytes.count else {
                return stack.isEmpty && !expectValue ? nil : "\(position(index)): the text ends early (truncated?)"
            }
            let byte = bytes[index]
            if expectValue {
                switch byte {
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    stack.append(byte == UInt8(ascii: "{"))
                    index += 1
                    skipSpace()
                    let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                    if index < bytes.count && bytes[index] == close {
                        stack.removeLast()
                        index += 1
                        expectValue = false
                        continue
                    }
                    if stack.last == true {
                        if let problem = key() { return problem }
                    }
                    continue
                case UInt8(ascii: "\""):
                    if let problem = string() { return problem }
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    let start = index
                    while index < bytes.count, "+-.eE0123456789".utf8.contains(bytes[index]) { index += 1 }
                    let token = String(decoding: bytes[start..<index], as: UTF8.self)
                    guard let value = Double(token) else { return "\(position(start)): '\(token)' is not a number" }
                    if !value.isFinite { return "\(position(start)): the number \(token.prefix(40)) is out of range" }
                default:
                    var matched = false
                    for literal in ["true", "false", "null"] where bytes[index...].starts(with: literal.utf8) {
                        index += literal.utf8.count
                        matched = true
                    }
                    if !matched { return "\(position(index)): unexpected character \(describe(byte)) where a value should be" }
                }
                expectValue = false
                continue
            }
            // After a value: a comma, or the end of the innermost container, or the end of the text.
            guard let inObject = stack.last else { return "\(position(index)): unexpected \(describe(byte)) after the end of the JSON value" }
            if byte == UInt8(ascii: ",") {
                index += 1
                expectValue = true
                if inObject {
                    skipSpace()
                    if let problem = key() { return problem }
                }
            } else if byte == (inObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                stack.removeLast()
                index += 1
            } else {
                return "\(position(index)): unexpected character \(describe(byte)) (a missing comma or bracket?)"
            }
        }

        func string() -> String? {
            let start = index
            index += 1
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { index += 1; return nil }
                if byte < 0x20 { return "\(position(index)): a raw control character \(describe(byte)) inside a string (JSON needs \\u escapes)" }
                if byte == UInt8(ascii: "\\") { index += 1 }
                index += 1
            }
            return "\(position(start)): a string that never ends (truncated?)"
        }
        func key() -> String? {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                return index < bytes.count ? "\(position(index)): expected a quoted field name" : "\(position(index)): the text ends early (truncated?)"
            }
            if let problem = string() { return problem }
            skipSpace()
            guard index < bytes.count else { return "\(position(index)): the text ends early (truncated?)" }
            guard bytes[index] == UInt8(ascii: ":") else { return "\(position(index)): expected ':' after a field name" }
            index += 1
            expectValue = true
            return nil
        }
    }

    private static func describe(_ byte: UInt8) -> String {
        byte >= 0x21 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : String(format: "0x%02X", byte)
    }
}

// Workload+InputBytes: `--input-bytes` sweeps, one workload variant per payload size.
import Foundation

extension Workload {
    /// Whether the file declares a payload it can scale: a module-level `INPUT_BYTES = ...` line (then
    /// `make_input(size, input_bytes)` is called with it). Read as text; nothing from the file is executed here.
    public var declaresInputBytes: Bool {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return false }
        return text.split(separator: "\n").contains { $0.hasPrefix("INPUT_BYTES ") || $0.hasPrefix("INPUT_BYTES=") }
    }

    /// This workload at one payload size, named "name@1M" so that every size is its own row, chart and point.
    public func withInputBytes(_ bytes: Int) -> Workload {
        Workload(name: name + "@" + Self.byteLabel(bytes), path: path, summary: summary, builtIn: builtIn, inputBytes: bytes,
                 arguments: arguments)
    }

    /// The variants of `workloads` for `sizes`: a workload that declares `INPUT_BYTES` becomes one variant per
    /// size; any other is kept once, unchanged.
    public static func expanding(_ workloads: [Workload], inputBytes sizes: [Int]) -> [Workload] {
        guard !sizes.isEmpty else { return workloads }
        return workloads.flatMap { workload in
            workload.declaresInputBytes ? sizes.map(workload.withInputBytes) : [workload]
        }
    }

    /// "1K", "1M", "16M", "1G", or plain bytes, binary multiples (1K = 1024).
    public static func byteLabel(_ bytes: Int) -> String {
        for (suffix, unit) in [("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)] where bytes >= unit && bytes % unit == 0 {
            return "\(bytes / unit)\(suffix)"
        }
        return String(bytes)
    }

    /// Parses "1K", "1M", "16M", "1G" or a plain byte count (binary multiples); nil when not a positive size.
    public static func parseByteSize(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = Substring(trimmed)
        var unit = 1
        if let last = digits.last, let scale = units[last] {
            unit = scale
            digits = digits.dropLast()
        } else if trimmed.hasSuffix("B"), trimmed.count > 1 {
            return parseByteSize(String(trimmed.dropLast()))
        }
        guard let value = Int(digits), value > 0, value <= (1 << 40) / unit else { return nil }
        return value * unit
    }
}

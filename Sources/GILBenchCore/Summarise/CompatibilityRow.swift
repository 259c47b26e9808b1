// CompatibilityRow: whether a workload ran at all on a Python under a strategy, and if not, why in one phrase.

/// One cell of the compatibility matrix: workload x Python x strategy.
public struct CompatibilityRow: Sendable, Equatable {
    public let workload: String
    public let pythonVersion: String
    public let pythonBuild: String
    public let strategy: Strategy
    /// `ok` when every measured trial at every worker count was ok; else the first failure's status.
    public let status: TrialStatus
    /// The failure's reason, shortened ("" when ok).
    public let reason: String

    /// One row per workload x Python x strategy, in the order the records first name them.
    public static func rows(_ records: [TrialRecord]) -> [CompatibilityRow] {
        var order: [String] = []
        var groups: [String: [TrialRecord]] = [:]
        for record in records {
            let spec = record.spec
            let key = [spec.workload.name, spec.python.version, spec.python.build, spec.strategy.rawValue].joined(separator: "\u{1f}")
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(record)
        }
        return order.compactMap { key in
            guard let group = groups[key], let first = group.first else { return nil }
            let failed = group.first { $0.status != .ok }
            return CompatibilityRow(
                workload: first.spec.workload.name, pythonVersion: first.spec.python.version,
                pythonBuild: first.spec.python.build, strategy: first.spec.strategy,
                status: failed?.status ?? .ok, reason: failed.map { shortReason($0.message) } ?? "")
        }
    }

    /// The cause without gilbench's framing ("not run: ...", "worker 0: ", "set-up: "), first line, at most
    /// 160 characters.
    public static func shortReason(_ message: String) -> String {
        var text = Substring(message.split(separator: "\n").first ?? "")
        let framings = ["not run: the reference run in the main interpreter failed: ", "set-up: ",
                        "RuntimeError: the pyperf script failed in its set-up: "]
        var changed = true
        while changed {
            changed = false
            if text.hasPrefix("skipped after "), let colon = text.range(of: " failed: ") {
                text = text[colon.upperBound...]
                changed = true
            }
            if text.hasPrefix("worker "), let colon = text.firstIndex(of: ":"),
               text[text.index(text.startIndex, offsetBy: 7)..<colon].allSatisfy(\.isNumber) {
                text = text[text.index(after: colon)...].drop { $0 == " " }
                changed = true
            }
            for framing in framings where text.hasPrefix(framing) {
                text = text.dropFirst(framing.count)
                changed = true
            }
        }
        return text.count > 160 ? String(text.prefix(157)) + "..." : String(text)
    }
}

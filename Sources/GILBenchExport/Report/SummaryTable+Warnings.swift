// SummaryTable+Warnings: the terminal table's "!" marker on warned points and the footnote that explains it.
import GILBenchCore

extension SummaryTable {
    /// "!" when the point has a stability warning about its own samples (machine-wide ones are in the footnote).
    static func warningMarker(_ row: SummaryRow?) -> String {
        guard let row, row.warnings.contains(where: { !$0.code.isMachineWide }) else { return "" }
        return "!"
    }

    /// One line per warning code, with how many points carry it; empty when there are none.
    static func warningFootnote(_ rows: [SummaryRow]) -> String {
        let codes = StabilityWarning.Code.allCases.compactMap { code -> String? in
            let points = rows.filter { $0.warnings.contains { $0.code == code } }
            guard let example = points.first?.warnings.first(where: { $0.code == code }) else { return nil }
            let scope = code.isMachineWide ? "every point" : "\(points.count) point\(points.count == 1 ? "" : "s")"
            return "  \(code.rawValue) (\(scope)): \(example.text)"
        }
        guard !codes.isEmpty else { return "" }
        return "\n! = stability warning on that point (summary.csv `warnings`, report.md Stability); read those numbers with care:\n"
            + codes.joined(separator: "\n") + "\n"
    }
}

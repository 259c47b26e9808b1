// CompatibilityCSVExporter: compatibility.csv, workload x Python x strategy -> ok, or the status and why.
import Foundation
import GILBenchCore

/// Writes compatibility.csv (result format 2).
public struct CompatibilityCSVExporter: ResultExporter {
    public static let columns = ["workload", "python_version", "python_build", "strategy", "status", "reason"]
    public let fileName = "compatibility.csv"

    public init() {}

    public func export(_ results: RunResults) throws -> Data {
        var lines = [CSVFormat.line(Self.columns)]
        for row in CompatibilityRow.rows(results.records.filter { !$0.spec.warmup || $0.status != .ok }) {
            lines.append(CSVFormat.line([row.workload, row.pythonVersion, row.pythonBuild, row.strategy.rawValue,
                                         row.status.rawValue, row.reason]))
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }
}

// ComparisonFormat: the output formats of `gilbench compare`, each rendered to bytes by its own type.
import Foundation
import GILBenchCore

/// `--format` of `gilbench compare`.
public enum ComparisonFormat: String, CaseIterable, Sendable {
    case text
    case markdown
    case csv
    case json

    /// The report's bytes.
    public func render(_ comparison: Comparison) throws -> Data {
        switch self {
        case .text: return Data(ComparisonTable.render(comparison).utf8)
        case .markdown: return Data(ComparisonMarkdown.render(comparison).utf8)
        case .csv: return ComparisonCSV.render(comparison)
        case .json: return try ComparisonJSON.render(comparison)
        }
    }
}

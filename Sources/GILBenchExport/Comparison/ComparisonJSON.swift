// ComparisonJSON: `gilbench compare --format json`: the Comparison value itself, with snake_case keys.
import Foundation
import GILBenchCore

/// Encodes a comparison as JSON (a ratio that could not be computed is the string "nan").
public enum ComparisonJSON {
    /// Bumped when a field changes meaning or goes away. 1: first version. 2: `ratio` of wall and set-up is the
    /// Hodges-Lehmann ratio and speedup's the ratio of geometric-mean speedups; intervals match the tests; added
    /// `outcome` (regression, clean, inconclusive), `comparison.power`, per metric `smallest_p_value` and
    /// `detectable_change`, `settings.threshold_rule`, geometric means' `non_finite_resamples`.
    public static let formatVersion = 2

    /// `{format_version, gilbench_version, has_regression, outcome, comparison}`, pretty-printed with sorted keys.
    public static func render(_ comparison: Comparison) throws -> Data {
        struct Document: Encodable {
            let formatVersion: Int
            let gilbenchVersion: String
            let hasRegression: Bool
            let outcome: ComparisonOutcome
            let comparison: Comparison
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let document = Document(formatVersion: formatVersion, gilbenchVersion: GILBenchVersion.tool,
                                hasRegression: comparison.hasRegression, outcome: comparison.outcome, comparison: comparison)
        return try encoder.encode(document) + Data("\n".utf8)
    }
}

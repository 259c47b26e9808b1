// ComparisonJSON: `gilbench compare --format json`: the Comparison value itself, with snake_case keys.
import Foundation
import GILBenchCore

/// Encodes a comparison as JSON (a ratio that could not be computed is the string "nan").
public enum ComparisonJSON {
    /// Bumped when a field changes meaning or goes away. 1: first version. 2: `ratio` of wall and set-up is the
    /// Hodges-Lehmann ratio and speedup's the ratio of geometric-mean speedups; intervals match the tests; added
    /// `outcome` (regression, clean, inconclusive), `comparison.power`, per metric `smallest_p_value` and
    /// `detectable_change`, `settings.threshold_rule`, geometric means' `non_finite_resamples`.
    /// 3: the gate is one-sided and Holm adjusted over wall time only by default: `comparison.power` replaced by
    /// `comparison.gate` (tests with `p_value`, `adjusted_p_value`, `power`, `power_level`, `detectable_change`,
    /// `trials_needed_per_side`, `regression`; `outcome`, `exit_code`, `detectable_change`, `trials_needed_per_side`);
    /// per metric `one_sided_p_value`, `adjusted_p_value`, `power`, `trials_needed`; `q_value` is Benjamini-Hochberg
    /// over every metric (the listing); `detectable_change` is at `--min-power`; settings `gate_scaling`,
    /// `min_power`, `power_resamples`, threshold rule `reach` (the default).
    public static let formatVersion = 3

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

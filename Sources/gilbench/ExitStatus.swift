// ExitStatus: the documented process exit codes.

/// gilbench's exit codes; distinct so scripts can tell a failed trial from a typo.
enum ExitStatus: Int32 {
    /// Every trial ok (or unsupported).
    case success = 0
    /// At least one trial ended error, crash or timeout.
    case trialFailed = 1
    /// `gilbench compare` found a regression: a gating test significantly worse (one-sided, Holm adjusted) beyond the threshold.
    case regressionFound = 2
    /// `gilbench compare` found no regression but could not have found one: nothing comparable, or some gating
    /// test had less than `--min-power` probability of flagging a threshold-sized regression.
    case inconclusive = 3
    /// Bad input: unknown name, missing file, invalid value, unusable Python or output folder (EX_USAGE).
    case badInput = 64
}

// SizeCalibration: picks a workload size whose run(size) takes at least a target time (--size auto, SIZE = "auto").

/// The outcome of timing growing sizes in the reference interpreter, recorded in metadata.json. Sizes grow from 1
/// by 10x while a call is too short to time well, then by the factor that should reach the target with 20% to
/// spare (time assumed proportional to size; at least 1.5x, at most 10x a step), until one call takes
/// `minimumSeconds` or more. That size is the run's size for every Python.
public struct SizeCalibration: Codable, Sendable, Equatable {
    public struct Step: Codable, Sendable, Equatable {
        public let size: Int
        public let seconds: Double
    }

    /// The target: one `run(size)` call takes at least this long (`--min-call-seconds`).
    public let minimumSeconds: Double
    /// The chosen size.
    public let size: Int
    /// How long `run(size)` took at the chosen size.
    public let seconds: Double
    /// Every size timed, in order.
    public let steps: [Step]

    /// The largest size tried before giving up (a `run` whose time does not grow with its size).
    public static let maximumSize = 1 << 48

    /// Times growing sizes with `time` until one reaches `minimumSeconds`.
    /// - Throws: `SizeCalibrationError.doesNotGrow` when `maximumSize` or `maximumSteps` is reached first;
    ///   whatever `time` throws (the workload raised).
    public static func search(minimumSeconds: Double, maximumSteps: Int = 60, time: (Int) throws -> Double) throws -> SizeCalibration {
        var size = 1
        var steps: [Step] = []
        while true {
            let seconds = try time(size)
            steps.append(Step(size: size, seconds: seconds))
            if seconds >= minimumSeconds {
                return SizeCalibration(minimumSeconds: minimumSeconds, size: size, seconds: seconds, steps: steps)
            }
            guard size < maximumSize, steps.count < maximumSteps else {
                throw SizeCalibrationError.doesNotGrow(size: size, seconds: seconds, minimumSeconds: minimumSeconds)
            }
            // Below a millisecond the clock and the call overhead dominate: grow fast, extrapolate later.
            let factor = seconds < 0.001 ? 10 : min(10, max(1.5, minimumSeconds * 1.2 / seconds))
            size = min(maximumSize, max(size + 1, Int((Double(size) * factor).rounded(.up))))
        }
    }
}

/// Why no size was found.
public enum SizeCalibrationError: Error, CustomStringConvertible, Equatable {
    case doesNotGrow(size: Int, seconds: Double, minimumSeconds: Double)

    public var description: String {
        switch self {
        case let .doesNotGrow(size, seconds, minimumSeconds):
            return "run(\(size)) took \(seconds) s, still under the \(minimumSeconds) s target (--min-call-seconds): its time does not grow with its size; give --size"
        }
    }
}

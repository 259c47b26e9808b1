// PythonWorkerDriver: a `processes` worker as a user would run one: the installation's own `python`
// executable running a small driver (python/process_worker.py) that speaks the process-worker protocol on fd 3.
import Foundation
import GILBenchCore

/// The driver script and the command line that runs it. With it, a process worker's memory is that of a
/// plain `python` process (no Swift runtime, no Foundation): the issue measured a Swift host worker at twice
/// the PSS of `python3.13` running the same code. It loads the workload with the same harness as every other
/// worker (`WorkloadHarness.source`), reports `workerReady`, waits for the one-byte start signal, reads
/// `CLOCK_MONOTONIC` (`time.monotonic_ns`) just before and after `run(size)`, and reports `workerDone`, in
/// the JSON that `HostReport` decodes.
enum PythonWorkerDriver {
    /// Set `GILBENCH_PROCESS_WORKER=embedded` to run process workers as embedding gilbench hosts instead
    /// (to compare the two); an installation found without an executable always uses embedding hosts.
    static let selectorVariable = "GILBENCH_PROCESS_WORKER"

    /// The argument vector (after the executable) for one worker: the driver, then one JSON object with the
    /// workload's path, size, `--input-bytes`, pyperf arguments, `--inner-warmup` count, and the lowest
    /// descriptor the channel moves to (`ChannelDescriptor.floor`, as every other host and worker does).
    static func arguments(workload: Workload, size: Int, importSite: Bool, innerWarmupCount: Int = 0) -> [String] {
        var settings: [String: Any] = [
            "path": workload.path, "size": size, "arguments": workload.arguments ?? [],
            "innerWarmup": innerWarmupCount,
            "channelFloor": Int(ChannelDescriptor.floor(softLimit: ChannelDescriptor.softLimit())),
        ]
        if let bytes = workload.inputBytes { settings["inputBytes"] = bytes }
        let data = (try? JSONSerialization.data(withJSONObject: settings, options: [.sortedKeys])) ?? Data("{}".utf8)
        // -P: no script or working directory on sys.path (an embedded runtime adds none either).
        return (importSite ? [] : ["-S"]) + ["-P", "-c", WorkloadHarness.source + "\n" + main,
                                             String(decoding: data, as: UTF8.self)]
    }

    /// python/process_worker.py: the protocol loop; `_gilbench_load` and `_gilbench_checksum` come from the harness.
    static let main = WorkloadHarness.embedded("process_worker.py")
}

// SoakHost: the host side of `gilbench soak`: one worker per cycle, created, run once and ended, in one process.
import GILBenchCore
import PythonEmbedding
#if canImport(Glibc)
import Glibc
#endif

/// Runs the cycles of a soak spec, sending a `soakSample` line before the first cycle and after every
/// `sampleEvery` cycles, then `soakFinished` (or `failed` with the cycle that failed).
enum SoakHost {
    static func run(_ spec: SoakSpec, channel: LineChannel) -> Int32 {
        guard SoakSpec.strategies.contains(spec.strategy) else {
            channel.send(HostReport.failed(status: .unsupported, message: "soak runs \(SoakSpec.strategies.map(\.rawValue).joined(separator: ", ")), not \(spec.strategy.rawValue)"))
            return 1
        }
        guard let runtime = HostProgram.startRuntime(spec.python, importSite: spec.importSite, channel: channel) else { return 1 }
        let strategy = spec.strategy.hostStrategy
        let trial = spec.cycleTrial
        let start = MonotonicInstant.now()
        func sample(_ cycle: Int) -> Bool {
            guard let memory = MemoryProbe.usage(of: getpid()) else { return true }
            return channel.send(HostReport.soakSample(SoakSample(cycle: cycle, memory: memory,
                                                                  elapsedSeconds: MonotonicInstant.now().seconds(since: start))))
        }
        guard sample(0) else { return 1 }
        for cycle in 1...max(1, spec.cycles) {
            switch strategy.run(trial, runtime: runtime) {
            case let .trial(measurement):
                if let error = measurement.workers.first(where: { $0.error != nil })?.error {
                    channel.send(HostReport.failed(status: .error, message: "cycle \(cycle): \(error)"))
                    return 1
                }
            case let .failed(status, message):
                channel.send(HostReport.failed(status: status, message: "cycle \(cycle): \(message)"))
                return 1
            default:
                channel.send(HostReport.failed(status: .error, message: "cycle \(cycle): unexpected report"))
                return 1
            }
            if cycle % spec.sampleEvery == 0 || cycle == spec.cycles {
                guard sample(cycle) else { return 1 }
            }
        }
        channel.send(HostReport.soakFinished(cycles: spec.cycles))
        runtime.finalize()
        return 0
    }
}

// ProcessesStrategy: N worker processes, each the installation's own `python` running a small driver (or, without
// an executable, this binary re-executed, embedding its own CPython).
import Foundation
import GILBenchCore
import PythonEmbedding

/// Spawns one process per worker. Set-up covers spawning, starting each interpreter and importing the workload;
/// every worker then waits for a one-byte start signal on its private channel. Workers stay in the host's
/// process group, so the runner's timeout kill takes them down too.
struct ProcessesStrategy: HostStrategy {
    var needsRuntime: Bool { false }

    func run(_ spec: TrialSpec, runtime: PythonRuntime?) -> HostReport {
        let request = HostRequest.processWorker(python: spec.python, workload: spec.workload, size: spec.size,
                                                importSite: spec.importSite, innerWarmupCount: spec.innerWarmupCount)
        guard let argument = try? request.commandLineArgument() else {
            return .failed(status: .error, message: "cannot encode the worker request")
        }
        var executable = ChildHostExecutor.currentExecutable()
        var arguments = ["_host", argument]
        if let python = spec.python.executable, access(python, X_OK) == 0,
           ProcessInfo.processInfo.environment[PythonWorkerDriver.selectorVariable] != "embedded" {
            executable = python
            arguments = PythonWorkerDriver.arguments(workload: spec.workload, size: spec.size, importSite: spec.importSite,
                                                        innerWarmupCount: spec.innerWarmupCount)
        }
        let setupStart = MonotonicInstant.now()
        var children: [ChildProcess] = []
        for _ in 0..<spec.workers {
            do {
                children.append(try ChildProcess(
                    executable: executable, arguments: arguments,
                    environment: ChildHostExecutor.childEnvironment(), logPath: nil, newProcessGroup: false))
            } catch {
                return .failed(status: .error, message: "\(error)")
            }
        }
        // Collect readiness; a worker that fails or dies in set-up fails the trial.
        var identities: [(pid: Int32, interpreterID: Int64)] = []
        for (index, child) in children.enumerated() {
            let message = try? child.channel.readMessage(HostReport.self, until: nil)
            switch message {
            case let .workerReady(pid, interpreterID)?:
                identities.append((pid, interpreterID))
            case let .failed(status, text)?:
                return .failed(status: status, message: "worker \(index): \(text)")
            default:
                let exit = child.waitForExit(until: MonotonicInstant.after(seconds: 5))
                if exit == .exited(ChannelDescriptor.brokenExitStatus) {
                    return .failed(status: .error, message: "worker \(index): \(ChannelDescriptor.brokenMessage)")
                }
                return .failed(status: .crash, message: "worker \(index) process \(exit.map { "\($0)" } ?? "stopped answering") during set-up")
            }
        }
        let ready = MonotonicInstant.now()
        // Read between set-up's end and the release, so it counts in neither.
        let setupMemory = MemoryProbe.usage(of: [getpid()] + identities.map(\.pid))
        let release = MonotonicInstant.now()
        for child in children { child.channel.writeAll([UInt8(ascii: "g")]) }
        var samples: [WorkerSample] = []
        var lastEnd = release
        for (index, child) in children.enumerated() {
            let message = try? child.channel.readMessage(HostReport.self, until: nil)
            guard case let .workerDone(start, end, checksum, error, gilEnabled)? = message else {
                let exit = child.waitForExit(until: MonotonicInstant.after(seconds: 5))
                if exit == .exited(ChannelDescriptor.brokenExitStatus) {
                    return .failed(status: .error, message: "worker \(index): \(ChannelDescriptor.brokenMessage)")
                }
                let how = exit.map { "\($0)" } ?? "stopped answering"
                return .failed(status: .crash, message: "worker \(index) process \(how) while running the workload (the workload ended its process, or it crashed)")
            }
            lastEnd = max(lastEnd, end)
            samples.append(WorkerSample(
                index: index, pid: identities[index].pid, interpreterID: identities[index].interpreterID,
                startSeconds: start.seconds(since: release), endSeconds: end.seconds(since: release),
                checksum: checksum, error: error, gilEnabled: gilEnabled))
        }
        for (index, child) in children.enumerated() {
            let exit = child.waitForExit(until: MonotonicInstant.after(seconds: 60))
            if case let .signaled(signal)? = exit {
                return .failed(status: .crash, message: "worker \(index) process killed by \(ChildExit.signalName(signal)) after reporting (during interpreter finalisation)")
            }
        }
        let reaped = MonotonicInstant.now()
        return .trial(TrialMeasurement(
            setupSeconds: ready.seconds(since: setupStart), wallSeconds: lastEnd.seconds(since: release),
            teardownSeconds: reaped.seconds(since: lastEnd), workers: samples, setupMemory: setupMemory))
    }
}

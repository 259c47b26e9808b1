// HostProgram: the entry point of a child host process (`gilbench _host <request>`).
import Foundation
import GILBenchCore
import PythonEmbedding
#if canImport(Glibc)
import Glibc
#endif

/// Decodes the request, runs it, and writes exactly one report line to its channel (fd 3, moved high).
public enum HostProgram {
    /// Runs a host request; returns the process exit code.
    public static func main(requestJSON: String) -> Int32 {
        // Before CPython starts: the channel leaves fd 3 for a high close-on-exec descriptor (ChannelDescriptor).
        let channel = LineChannel(fileDescriptor: ChannelDescriptor.moveHigh())
        exitWhenOrphaned()
        let status = dispatch(requestJSON: requestJSON, channel: channel)
        return channel.sendFailed ? brokenChannel(channel) : status
    }

    /// The report could not be written: say so in the log and exit with the status the parent explains.
    private static func brokenChannel(_ channel: LineChannel) -> Int32 {
        HostLog.note("cannot write to the harness channel (fd \(channel.fileDescriptor)): the workload closed or replaced it")
        return ChannelDescriptor.brokenExitStatus
    }

    /// Decodes and runs one request; a request that does not decode is reported as an `error` (exit 2).
    static func dispatch(requestJSON: String, channel: LineChannel) -> Int32 {
        guard let request = try? JSONDecoder().decode(HostRequest.self, from: Data(requestJSON.utf8)) else {
            channel.send(HostReport.failed(status: .error, message: "the host could not decode its request"))
            return 2
        }
        switch request {
        case let .trial(spec):
            return runTrial(spec, channel: channel)
        case let .reference(python, workload, size, importSite):
            return runReference(python: python, workload: workload, size: size, importSite: importSite, channel: channel)
        case let .calibration(python, workload, minimumSeconds, importSite):
            return runCalibration(python: python, workload: workload, minimumSeconds: minimumSeconds, importSite: importSite, channel: channel)
        case let .processWorker(python, workload, size, importSite, innerWarmupCount):
            return ProcessWorker.run(python: python, workload: workload, size: size, importSite: importSite,
                                     innerWarmupCount: innerWarmupCount, channel: channel)
        case let .soak(spec):
            return SoakHost.run(spec, channel: channel)
        }
    }

    /// If the parent dies (even by SIGKILL, which it cannot pass on), a hung workload must not run forever:
    /// a watchdog thread, which needs no GIL, ends this process once it is re-parented.
    private static func exitWhenOrphaned() {
        let parent = getppid()
        _ = OSThread(stackBytes: 64 << 10) {
            while getppid() == parent { sleep(1) }
            _exit(70)
        }
    }

    /// Loads `python`'s library and starts its runtime; on failure reports it on `channel` and returns nil.
    static func startRuntime(_ python: PythonInstallation, importSite: Bool, channel: LineChannel) -> PythonRuntime? {
        do {
            let library = try PythonLibrary.load(path: python.library)
            return PythonRuntime.start(library: library, home: python.home, importSite: importSite, executable: python.executable)
        } catch {
            channel.send(HostReport.failed(status: .error, message: "\(error)"))
            return nil
        }
    }

    private static func runTrial(_ spec: TrialSpec, channel: LineChannel) -> Int32 {
        let strategy = spec.strategy.hostStrategy
        if let limit = spec.memoryLimitBytes, let problem = MemoryLimit.apply(bytes: limit) {
            channel.send(HostReport.failed(status: .error, message: problem))
            return 1
        }
        var runtime: PythonRuntime?
        if strategy.needsRuntime {
            guard let started = startRuntime(spec.python, importSite: spec.importSite, channel: channel) else { return 1 }
            runtime = started
        }
        channel.send(strategy.run(spec, runtime: runtime))
        // Finalisation is outside every timing, but a crash in it still shows as the host's exit signal.
        runtime?.finalize()
        return 0
    }

    private static func runReference(python: PythonInstallation, workload: Workload, size: Int?, importSite: Bool,
                                     channel: LineChannel) -> Int32 {
        guard let runtime = startRuntime(python, importSite: importSite, channel: channel) else { return 1 }
        let result: ReferenceResult
        do {
            result = try runtime.withMainInterpreter { interpreter in
                try interpreter.execute(WorkloadHarness.source)
                do {
                    try interpreter.execute("_gb_module, _gb_run = \(WorkloadHarness.load(path: workload.path, arguments: workload.arguments ?? [])); _gb_facts = _gilbench_module_facts(_gb_module)\n")
                } catch {
                    return ReferenceResult(defaultSize: nil, docstring: "", checksum: nil, directSeconds: nil, invalidReason: "\(error)", runError: nil)
                }
                struct Facts: Decodable { let defaultSize: Int?; let docstring: String }
                let facts = try JSONDecoder().decode(Facts.self, from: Data((interpreter.string(named: "_gb_facts") ?? "{}").utf8))
                guard let chosen = size ?? facts.defaultSize else {
                    var result = ReferenceResult(defaultSize: nil, docstring: facts.docstring, checksum: nil, directSeconds: nil, invalidReason: nil, runError: nil)
                    try interpreter.execute("_gb_auto = repr(getattr(_gb_module, 'SIZE', None) == 'auto')\n")
                    result.sizeIsAuto = interpreter.string(named: "_gb_auto") == "True"
                    return result
                }
                do {
                    try interpreter.execute("_gb_direct, _gb_result = _gilbench_time_direct(_gb_run, _gilbench_args(_gb_module, \(chosen), \(workload.inputBytes.map(String.init) ?? "None"))); _gb_direct = repr(_gb_direct)\n")
                    try interpreter.execute(WorkloadHarness.digest)
                } catch {
                    return ReferenceResult(defaultSize: facts.defaultSize, docstring: facts.docstring, checksum: nil, directSeconds: nil, invalidReason: nil, runError: "\(error)")
                }
                return ReferenceResult(
                    defaultSize: facts.defaultSize, docstring: facts.docstring, checksum: interpreter.string(named: "_gb_checksum"),
                    directSeconds: interpreter.string(named: "_gb_direct").flatMap(Double.init), invalidReason: nil, runError: nil)
            }
        } catch {
            channel.send(HostReport.failed(status: .error, message: "\(error)"))
            return 1
        }
        channel.send(HostReport.reference(result))
        runtime.finalize()
        return 0
    }
}

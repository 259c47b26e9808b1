// ProcessWorker: the body of one `processes` worker process.
import GILBenchCore
import PythonEmbedding
#if canImport(Glibc)
import Glibc
#endif

/// Runs in a worker process: embeds CPython, loads the workload, reports ready, waits for the start byte on
/// fd 3, runs the timed call, reports, and finalises.
enum ProcessWorker {
    static func run(python: PythonInstallation, workload: Workload, size: Int, importSite: Bool, innerWarmupCount: Int,
                    channel: LineChannel) -> Int32 {
        guard let runtime = HostProgram.startRuntime(python, importSite: importSite, channel: channel) else { return 1 }
        do {
            try runtime.withMainInterpreter { interpreter in
                do {
                    try TimedCall.prepare(interpreter, workload: workload, size: size, innerWarmupCount: innerWarmupCount)
                } catch {
                    channel.send(HostReport.failed(status: .error, message: "set-up: \(error)"))
                    return
                }
                channel.send(HostReport.workerReady(pid: getpid(), interpreterID: interpreter.interpreterID))
                let call = TimedCall.run(interpreter) { _ = channel.readByte() }
                channel.send(HostReport.workerDone(start: call.start, end: call.end, checksum: call.checksum, error: call.error, gilEnabled: call.gilEnabled))
            }
        } catch {
            channel.send(HostReport.failed(status: .error, message: "\(error)"))
        }
        runtime.finalize()
        return 0
    }
}

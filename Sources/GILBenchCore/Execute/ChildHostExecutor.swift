// ChildHostExecutor: runs each trial in a fresh child host process (this binary, re-executed) with a timeout.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Executes trials in child processes so a crash, an abort or a hang costs one trial, not the run.
public final class ChildHostExecutor: TrialExecutor {
    /// The gilbench binary to re-execute.
    public let executable: String
    public let timeoutSeconds: Double
    /// Where a failed trial's stdout/stderr log is kept (nil: discarded).
    public let logDirectory: String?
    /// How often the runner samples a trial's memory (0: never; no peak columns).
    public let memorySampleSeconds: Double
    private var logCounter = 0
    /// This executor's private folder (mkdtemp, 0700; removed with everything in it on SIGINT/SIGTERM too): each
    /// host gets a fresh `host-N` folder inside it as its `TMPDIR` and for its log, removed when the host has
    /// ended, however it ended, so a host killed mid-trial leaves nothing (e.g. its `gilbench-pool-*` module
    /// folder) in the user's temporary directory. Nil when it could not be made: logs then go to the temporary
    /// directory as before.
    private let scratch: PrivateFolder?
    /// What the last trial, reference or calibration run left running (found, killed and reaped; count 0: nothing).
    public private(set) var lastLeftProcesses: LeftProcesses?

    public init(executable: String = ChildHostExecutor.currentExecutable(), timeoutSeconds: Double, logDirectory: String?,
                memorySampleSeconds: Double = ChildHostExecutor.defaultMemorySampleSeconds) {
        self.executable = executable
        self.timeoutSeconds = timeoutSeconds
        self.logDirectory = logDirectory
        self.memorySampleSeconds = memorySampleSeconds
        scratch = try? PrivateFolder(prefix: "gilbench-hosts")
        scratch?.removeOnSignal()
        // Orphans of a trial, detached ones included, are re-parented here, so exchange() can find and kill them.
        ProcessHygiene.becomeSubreaper()
    }

    deinit {
        scratch?.remove()
    }

    /// The default sampling interval: 20 ms (about ten samples even in a 0.2 s trial; a sample reads a few
    /// /proc counters).
    public static let defaultMemorySampleSeconds = 0.02

    /// This process's own binary (`/proc/self/exe`).
    public static func currentExecutable() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// The environment of every child: no Swift backtracer on a Python fatal error (it takes seconds), and a
    /// fixed hash seed so str hashing, set order and so checksums are the same in every process.
    public static func childEnvironment() -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment["PYTHONHASHSEED"] = "0"
        environment.removeValue(forKey: "PYTHONHOME")
        return environment
    }

    public func reference(python: PythonInstallation, workload: Workload, size: Int?, importSite: Bool) -> ReferenceOutcome {
        var peak: PeakMemory?
        switch exchange(.reference(python: python, workload: workload, size: size, importSite: importSite), peak: &peak) {
        case let .success(.reference(result)): return .completed(result)
        case let .success(.failed(status, message)): return .failed(status, message)
        case .success: return .failed(.error, "the host sent an unexpected message")
        case let .failure(failure): return .failed(failure.status, failure.message)
        }
    }

    public func execute(_ spec: TrialSpec) -> TrialOutcome {
        var peak: PeakMemory?
        switch exchange(.trial(spec), peak: &peak) {
        case var .success(.trial(measurement)):
            measurement.peakMemory = peak
            return .measured(measurement)
        case let .success(.failed(status, message)): return .failed(status, message)
        case .success: return .failed(.error, "the host sent an unexpected message")
        case let .failure(failure): return .failed(failure.status, failure.message)
        }
    }

    struct Failure: Error {
        let status: TrialStatus
        let message: String
    }

    /// `exchange(_:peak:)` for a request whose memory nobody reads (calibration).
    func exchange(_ request: HostRequest) -> Result<HostReport, Failure> {
        var peak: PeakMemory?
        return exchange(request, peak: &peak)
    }

    /// Starts a host, waits for its one report, and classifies how it ended.
    /// - Parameter peak: for a trial, set to what the memory sampler saw.
    private func exchange(_ request: HostRequest, peak: inout PeakMemory?) -> Result<HostReport, Failure> {
        var environment = Self.childEnvironment()
        var hostFolder: String?
        if let scratch, mkdir(scratch.url.path + "/host-\(logCounter)", 0o700) == 0 { hostFolder = scratch.url.path + "/host-\(logCounter)" }
        if let hostFolder { environment["TMPDIR"] = hostFolder }
        let logPath = hostFolder.map { $0 + "/host.log" } ?? NSTemporaryDirectory() + "gilbench-host-\(getpid())-\(logCounter).log"
        logCounter += 1
        // Declared first, so it runs last: after the survey and kill below, when nothing of the host writes here.
        defer { try? FileManager.default.removeItem(atPath: hostFolder ?? logPath) }
        // Children this process owns on purpose before the host starts (none during a run); never swept.
        let owned = ProcessHygiene.children()
        lastLeftProcesses = nil
        let child: ChildProcess
        do {
            child = try ChildProcess(executable: executable, arguments: ["_host", try request.commandLineArgument()],
                                     environment: environment, logPath: logPath)
        } catch {
            return .failure(Failure(status: .error, message: "\(error)"))
        }
        // Counted when the host has exited but before its group is killed, so a child it left in its own group
        // counts too; after a kill (timeout), what survived the group kill (detached children) counts.
        var left: LeftProcesses?
        var surveyed = false
        child.onExit = { [hostPID = child.pid] in
            left = ProcessHygiene.survey(excluding: owned.union([hostPID]))
            surveyed = true
        }
        defer {
            if !surveyed { left = ProcessHygiene.survey(excluding: owned) }
            // The next trial starts only when nothing of this one is left.
            ProcessHygiene.killAll(excluding: owned)
            lastLeftProcesses = left
        }
        var sampler: MemorySampler?
        if case .trial = request, memorySampleSeconds > 0 {
            sampler = MemorySampler(rootPID: child.pid, intervalSeconds: memorySampleSeconds)
        }
        defer { peak = sampler?.stop(rootMaxResidentBytes: child.maxResidentBytes) }
        let deadline = MonotonicInstant.after(seconds: timeoutSeconds)
        var report: HostReport?
        var decodeError: String?
        switch child.channel.readLine(until: deadline) {
        case let .line(text):
            do { report = try JSONDecoder().decode(HostReport.self, from: Data(text.utf8)) }
            catch { decodeError = "\(ChannelDescriptor.garbledMessage): \(text.prefix(200))" }
        case .timedOut:
            _ = child.killGroup()
            keepLog(logPath)
            return .failure(Failure(status: .timeout, message: "killed after the \(Self.format(timeoutSeconds)) s timeout (--timeout)"))
        case .endOfStream:
            break
        }
        // The report is in; give teardown (interpreter finalisation, reaping workers) the rest of the time.
        guard let exit = child.waitForExit(until: deadline) else {
            _ = child.killGroup()
            keepLog(logPath)
            if let report { return .success(report) }
            return .failure(Failure(status: .timeout, message: "killed after the \(Self.format(timeoutSeconds)) s timeout (--timeout)"))
        }
        let output = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        if case .signaled = exit {
            keepLog(logPath)
            return .failure(Failure(status: .crash, message: Self.crashMessage(exit, output: output, reported: report != nil)))
        }
        if let report {
            if case .failed = report { keepLog(logPath) }
            return .success(report)
        }
        keepLog(logPath)
        if let decodeError { return .failure(Failure(status: .error, message: decodeError)) }
        if exit == .exited(ChannelDescriptor.brokenExitStatus) {
            return .failure(Failure(status: .error, message: ChannelDescriptor.brokenMessage))
        }
        return .failure(Failure(status: .crash, message: Self.crashMessage(exit, output: output, reported: false)))
    }

    /// The prefix of the notes a host writes to its log (GILBenchHost's HostLog).
    static let hostNotePrefix = "gilbench host: "

    /// "host process killed by SIGSEGV (Segmentation fault): Fatal Python error: ...".
    static func crashMessage(_ exit: ChildExit, output: String, reported: Bool) -> String {
        let lines = output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let detail = lines.first { $0.hasPrefix("Fatal Python error") } ?? lines.last {
            !$0.hasPrefix("Current thread") && !$0.hasPrefix("File ") && !$0.hasPrefix(hostNotePrefix)
        }
        var message = "host process \(exit)"
        message += reported ? " after reporting" : " before reporting"
        if case .exited = exit { message += " (the workload ended its process, e.g. os._exit)" }
        if let detail { message += ": \(detail.prefix(300))" }
        // What a worker noted before the crash (e.g. an ImportError, then a crash while ending its interpreter).
        if let note = lines.first(where: { $0.hasPrefix(hostNotePrefix) }), note != detail {
            message += "; before that, \(note.dropFirst(hostNotePrefix.count).prefix(300))"
        }
        return message
    }

    private func keepLog(_ path: String) {
        guard let logDirectory,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              (attributes[.size] as? Int ?? 0) > 0 else { return }
        try? FileManager.default.createDirectory(atPath: logDirectory, withIntermediateDirectories: true)
        let target = logDirectory + "/host-\(logCounter - 1).log"
        try? FileManager.default.removeItem(atPath: target)
        try? FileManager.default.copyItem(atPath: path, toPath: target)
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}

// ChildProcess: a spawned process with a private message channel on fd 3, its own process group, and a deadline.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How a child process ended.
public enum ChildExit: Equatable, Sendable, CustomStringConvertible {
    case exited(Int32)
    case signaled(Int32)

    public var description: String {
        switch self {
        case let .exited(code): return "exited with status \(code)"
        case let .signaled(signal): return "killed by \(ChildExit.signalName(signal))"
        }
    }

    /// "SIGSEGV (Segmentation fault)".
    public static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [SIGSEGV: "SIGSEGV", SIGABRT: "SIGABRT", SIGKILL: "SIGKILL", SIGBUS: "SIGBUS",
                                      SIGFPE: "SIGFPE", SIGILL: "SIGILL", SIGTERM: "SIGTERM", SIGINT: "SIGINT"]
        let text = strsignal(signal).map { String(cString: $0) } ?? "signal \(signal)"
        return "\(names[signal] ?? "signal \(signal)") (\(text))"
    }

    /// Decodes a waitpid status (the W* macros do not import into Swift).
    static func decode(_ status: Int32) -> ChildExit {
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
    }
}

/// A child started with posix_spawn. fd 3 in the child is one end of a socket pair whose other end is
/// `channel`: the message path, which Python's own stdout and stderr cannot corrupt. stdout and stderr go to
/// `logPath` (or are inherited when nil). With `newProcessGroup` the child leads a new process group, and its
/// own children (which stay in that group) die with it in `killGroup()`.
public final class ChildProcess {
    public let pid: pid_t
    public let channel: LineChannel
    private let leadsGroup: Bool
    private var exitStatus: ChildExit?
    /// The child's peak resident set (`ru_maxrss` from `wait4`) once reaped; nil before.
    public private(set) var maxResidentBytes: Int?

    public init(executable: String, arguments: [String], environment: [String: String], logPath: String?,
                newProcessGroup: Bool = true) throws {
        var sockets: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &sockets) == 0 else {
            throw ChildProcessError.spawnFailed(executable: executable, reason: String(cString: strerror(errno)))
        }
        let parentEnd = sockets[0]
        let childEnd = sockets[1]
        _ = fcntl(parentEnd, F_SETFD, FD_CLOEXEC)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if let logPath {
            posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_CREAT | O_APPEND, 0o644)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        }
        if childEnd == 3 {
            _ = fcntl(childEnd, F_SETFD, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, childEnd, 3)
            posix_spawn_file_actions_addclose(&actions, childEnd)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        if newProcessGroup {
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
            posix_spawnattr_setpgroup(&attributes, 0)
        }

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var childPID: pid_t = 0
        let result = posix_spawn(&childPID, executable, &actions, &attributes, argv, envp)
        close(childEnd)
        guard result == 0 else {
            close(parentEnd)
            throw ChildProcessError.spawnFailed(executable: executable, reason: String(cString: strerror(result)))
        }
        pid = childPID
        leadsGroup = newProcessGroup
        channel = LineChannel(fileDescriptor: parentEnd)
        if newProcessGroup { ChildProcess.activeGroup.pointee = childPID }
    }

    /// The process group of the running child host (the runner has one at a time), readable from a signal
    /// handler: plain memory, no Swift collections.
    private static let activeGroup: UnsafeMutablePointer<pid_t> = {
        let pointer = UnsafeMutablePointer<pid_t>.allocate(capacity: 1)
        pointer.pointee = 0
        return pointer
    }()

    /// Makes SIGINT and SIGTERM kill the running child host's whole group before this process exits, so an
    /// interrupted run leaves no trial running. Results already measured are on disk (saved after each trial).
    public static func killChildrenOnInterrupt() {
        _ = activeGroup
        let handler: @convention(c) (Int32) -> Void = { signal in
            let group = ChildProcess.activeGroup.pointee
            if group > 0 { kill(-group, SIGKILL) }
            PrivateFolder.removeAllFromSignalHandler()
            let message: StaticString = "\ngilbench: interrupted; every trial finished so far is in the results folder\n"
            _ = write(2, message.utf8Start, message.utf8CodeUnitCount)
            _exit(128 + signal)
        }
        signal(SIGINT, handler)
        signal(SIGTERM, handler)
    }

    /// Polls for exit without blocking.
    public func exitIfFinished() -> ChildExit? {
        if let exitStatus { return exitStatus }
        // Peek first (WNOWAIT): while the dead leader is unreaped its group ID cannot be reused, so killing the
        // workers it left behind cannot hit anyone else.
        var info = siginfo_t()
        guard waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0, info._sifields._sigchld.si_pid == pid else {
            return nil
        }
        if leadsGroup { kill(-pid, SIGKILL) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        maxResidentBytes = Int(usage.ru_maxrss) * 1024
        finished(ChildExit.decode(status))
        return exitStatus
    }

    private func finished(_ exit: ChildExit) {
        exitStatus = exit
        if leadsGroup && ChildProcess.activeGroup.pointee == pid { ChildProcess.activeGroup.pointee = 0 }
    }

    /// Waits for exit until `deadline`; nil if the child is still running then.
    public func waitForExit(until deadline: MonotonicInstant) -> ChildExit? {
        var pause: UInt32 = 200
        while true {
            if let exit = exitIfFinished() { return exit }
            if MonotonicInstant.now() >= deadline { return nil }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
    }

    /// SIGKILLs the child's whole process group, then reaps the child.
    public func killGroup() -> ChildExit {
        if leadsGroup { kill(-pid, SIGKILL) }
        kill(pid, SIGKILL)
        if let exitStatus { return exitStatus }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        maxResidentBytes = Int(usage.ru_maxrss) * 1024
        finished(ChildExit.decode(status))
        return exitStatus!
    }

    deinit {
        if exitIfFinished() == nil { _ = killGroup() }
        channel.close()
    }
}

/// Failing to start a child.
public enum ChildProcessError: Error, CustomStringConvertible {
    case spawnFailed(executable: String, reason: String)

    public var description: String {
        switch self {
        case let .spawnFailed(executable, reason): return "cannot start \(executable): \(reason)"
        }
    }
}

// RunInterruption: SIGINT and SIGTERM end a run cleanly: hosts and every descendant killed, saved rows kept.
#if canImport(Glibc)
import Glibc
#endif

/// On SIGINT or SIGTERM the signal handler does only what is async-signal-safe: it notes the signal, SIGKILLs
/// the running host's process group and writes the signal number to a pipe. A watcher thread reading that pipe
/// then waits for any save in progress to finish (`whileSaving`), kills and reaps every other descendant of the
/// runner (`ProcessHygiene.killAll`: detached children of the workload, orphans adopted as child subreaper) and
/// exits with the conventional status, 128 + the signal (130 for SIGINT, 143 for SIGTERM). A trial cut short by
/// the signal is not recorded: `whileSaving` skips saves once a signal has arrived, so every row on disk is a
/// real measurement.
public enum RunInterruption {
    /// [0]: the signal received (0: none); [1], [2]: the pipe's read and write ends. Plain memory, readable from a
    /// signal handler.
    private static let state: UnsafeMutablePointer<Int32> = {
        let pointer = UnsafeMutablePointer<Int32>.allocate(capacity: 3)
        pointer.initialize(repeating: -1, count: 3)
        pointer[0] = 0
        return pointer
    }()
    private static let saveLock: UnsafeMutablePointer<pthread_mutex_t> = {
        let pointer = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(pointer, nil)
        return pointer
    }()
    private static var watcher: OSThread?

    /// The signal that interrupted the run, or nil.
    public static var signal: Int32? {
        let value = state[0]
        return value == 0 ? nil : value
    }

    /// Installs the handlers and starts the watcher (once; later calls do nothing).
    public static func install() {
        guard watcher == nil else { return }
        _ = ChildProcess.activeGroup
        _ = saveLock
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        state[1] = ends[0]
        state[2] = ends[1]
        watcher = OSThread(stackBytes: 512 << 10) { watch() }
        let handler: @convention(c) (Int32) -> Void = { received in
            let state = RunInterruption.state
            if state[0] == 0 { state[0] = received }
            let group = ChildProcess.activeGroup.pointee
            if group > 0 { kill(-group, SIGKILL) }
            var byte = UInt8(truncatingIfNeeded: received)
            if write(state[2], &byte, 1) != 1 { PrivateFolder.removeAllFromSignalHandler(); _exit(128 + received) }
        }
        Glibc.signal(SIGINT, handler)
        Glibc.signal(SIGTERM, handler)
    }

    /// Runs `body` (a save of the results) unless a signal has arrived; the watcher waits for a running body
    /// before it exits, so a file is never left half-replaced and no row of a trial the signal cut short is saved.
    public static func whileSaving(_ body: () throws -> Void) rethrows {
        pthread_mutex_lock(saveLock)
        defer { pthread_mutex_unlock(saveLock) }
        guard state[0] == 0 else { return }
        try body()
    }

    private static func watch() {
        var byte: UInt8 = 0
        while true {
            let count = read(state[1], &byte, 1)
            if count == 1 { break }
            if count < 0 && errno == EINTR { continue }
            return
        }
        let received = state[0] != 0 ? state[0] : Int32(byte)
        // Held until exit: no save starts after this point, and none is cut in half.
        pthread_mutex_lock(saveLock)
        let remaining = ProcessHygiene.killAll(timeoutSeconds: 5)
        // The private copies of the built-ins (no `defer` runs past _exit).
        PrivateFolder.removeAllFromSignalHandler()
        let message: String = remaining == 0
            ? "\ngilbench: interrupted; every trial finished so far is in the results folder\n"
            : "\ngilbench: interrupted; every trial finished so far is in the results folder; \(remaining) child process(es) could not be killed\n"
        _ = message.withCString { write(2, $0, strlen($0)) }
        _exit(128 + received)
    }
}

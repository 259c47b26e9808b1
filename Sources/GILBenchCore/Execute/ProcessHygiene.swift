// ProcessHygiene: the runner adopts every orphan of its trials (child subreaper), then finds, kills and reaps them.
import SystemShims
#if canImport(Glibc)
import Glibc
#endif

/// Keeps a run from leaving processes behind. The runner is a child subreaper, so a trial's descendants that
/// lose their parent (the host exits, or a workload's child daemonises with `setsid`) are re-parented to the
/// runner, not to init, and stay findable as its descendants in /proc. After each host ends, `survey` lists the
/// live ones (what the trial left) and `killAll` SIGKILLs them (and their process groups) and reaps them with
/// `waitpid` on each pid, never `waitpid(-1)`: a child that someone else owns (a host `ChildProcess` reaps with
/// `wait4`, Foundation's `Process` with `waitpid` on its pid) is excluded by pid, so its status is never stolen.
public enum ProcessHygiene {
    /// Makes this process a child subreaper (`prctl(PR_SET_CHILD_SUBREAPER, 1)`); false where the kernel refuses.
    /// Children do not inherit it, so only the runner adopts orphans.
    @discardableResult
    public static func becomeSubreaper() -> Bool {
        gilbench_set_child_subreaper() == 0
    }

    /// Whether this process is a child subreaper now.
    public static var isSubreaper: Bool { gilbench_is_child_subreaper() == 1 }

    /// This process's direct children now: what it owns before a trial starts (excluded from the trial's sweep).
    public static func children() -> Set<pid_t> {
        let me = getpid()
        return Set(ProcessTable.snapshot().filter { $0.parentPID == me }.map(\.pid))
    }

    /// This process's descendants, minus the subtrees of `excluded`.
    static func descendants(excluding excluded: Set<pid_t>) -> [ProcessEntry] {
        let table = ProcessTable.snapshot()
        let skipped = Set(excluded.flatMap { pid in [pid] + ProcessTable.descendants(of: pid, in: table).map(\.pid) })
        return ProcessTable.descendants(of: getpid(), in: table).filter { !skipped.contains($0.pid) }
    }

    /// The live (non-zombie) descendants, waiting up to `graceSeconds` for them to exit by themselves (a
    /// multiprocessing resource tracker or forkserver exits when its parent's pipe closes); `.none` when none is left.
    public static func survey(excluding excluded: Set<pid_t>, graceSeconds: Double = 1) -> LeftProcesses {
        let deadline = MonotonicInstant.after(seconds: graceSeconds)
        var pause: UInt32 = 1_000
        while true {
            let live = descendants(excluding: excluded).filter { !$0.isZombie }
            if live.isEmpty { return .none }
            if MonotonicInstant.now() >= deadline {
                let first = live.lazy.compactMap { ProcessTable.commandLine(of: $0.pid) }.first ?? ""
                return LeftProcesses(count: live.count, firstCommandLine: first)
            }
            usleep(pause)
            pause = min(pause * 2, 50_000)
        }
    }

    /// SIGKILLs every descendant but the subtrees of `excluded` (each process, and each process group one of them
    /// leads), reaps the direct children among them, and repeats until none is left (orphans of
    /// killed ones are re-parented here and killed in the next round) or `timeoutSeconds` pass.
    /// - Returns: how many remain (0 when the sweep succeeded; never 0 for a process that cannot be killed, such
    ///   as one in uninterruptible sleep, until it dies).
    @discardableResult
    public static func killAll(excluding excluded: Set<pid_t> = [], timeoutSeconds: Double = 10) -> Int {
        let me = getpid()
        let ownGroup = getpgrp()
        let deadline = MonotonicInstant.after(seconds: timeoutSeconds)
        while true {
            let found = descendants(excluding: excluded)
            if found.isEmpty { return 0 }
            // A group is killed only when its leader is one of them (a `setsid` child leads its own): a
            // descendant may have joined some other group of this session, whose other members are not ours.
            let pids = Set(found.map(\.pid))
            for entry in found where !entry.isZombie {
                kill(entry.pid, SIGKILL)
                if entry.groupID != ownGroup && pids.contains(entry.groupID) { kill(-entry.groupID, SIGKILL) }
            }
            for entry in found where entry.parentPID == me {
                var status: Int32 = 0
                while waitpid(entry.pid, &status, WNOHANG) < 0 && errno == EINTR {}
            }
            if MonotonicInstant.now() >= deadline { return descendants(excluding: excluded).count }
            if !descendants(excluding: excluded).isEmpty { usleep(2_000) }
        }
    }
}

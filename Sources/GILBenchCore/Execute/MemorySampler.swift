// MemorySampler: a thread in the runner that samples a child host and its worker processes while they run.
#if canImport(Glibc)
import Glibc
#endif

/// Reads the resident set (`/proc/PID/statm`) of a host and all its descendants every `intervalSeconds`,
/// keeping the highest total, and every `highWaterEvery`-th time each process's high-water mark (`VmHWM`).
/// It runs in the runner (the parent), never in the host, so the host's timed region runs no sampling code;
/// statm is a read of kernel counters, not a page-table walk like smaps_rollup, so sampling does not slow
/// the sampled processes (checked with scripts/harness-overhead, sampler on vs off). PSS is read by the host at
/// set-up; the peak PSS is derived from it (`TrialMeasurement.memory`).
public final class MemorySampler {
    private let rootPID: pid_t
    private let intervalSeconds: Double
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    /// Signalled by `stop()`, so the thread sleeps a whole interval between samples yet stops at once.
    private let wake = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var stopped = false
    private var peakRSS = 0
    private var samples = 0
    private var highWater: [pid_t: Int] = [:]
    private var thread: OSThread?

    /// Starts sampling `rootPID` and its descendants at once and then every `intervalSeconds`.
    public init(rootPID: pid_t, intervalSeconds: Double) {
        self.rootPID = rootPID
        self.intervalSeconds = intervalSeconds
        pthread_mutex_init(mutex, nil)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        pthread_cond_init(wake, &attributes)
        pthread_condattr_destroy(&attributes)
        thread = OSThread(stackBytes: 256 << 10) { [self] in loop() }
    }

    deinit {
        pthread_cond_destroy(wake)
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        wake.deallocate()
    }

    /// Samples, then sleeps one interval (one wake-up per sample: the runner shares the cores with the trial).
    private func loop() {
        while true {
            sampleOnce()
            let deadline = MonotonicInstant.after(seconds: intervalSeconds).nanoseconds
            var until = timespec(tv_sec: Int(deadline / 1_000_000_000), tv_nsec: Int(deadline % 1_000_000_000))
            pthread_mutex_lock(mutex)
            while !stopped && MonotonicInstant.now().nanoseconds < deadline {
                _ = pthread_cond_timedwait(wake, mutex, &until)
            }
            let done = stopped
            pthread_mutex_unlock(mutex)
            if done { return }
        }
    }

    /// Reading `/proc/PID/status` for VmHWM costs more than statm, so it is read on every tenth sample only
    /// (and the host's `ru_maxrss` covers it at the end).
    private let highWaterEvery = 10

    private func sampleOnce() {
        let pids = [rootPID] + MemoryProbe.descendants(of: rootPID)
        let readMarks = samples % highWaterEvery == 0
        var total = 0
        var marks: [(pid_t, Int)] = []
        for pid in pids {
            guard let resident = MemoryProbe.residentBytes(of: pid) else { continue }
            total += resident
            if readMarks, let mark = MemoryProbe.highWater(of: pid) { marks.append((pid, mark)) }
        }
        pthread_mutex_lock(mutex)
        if total > 0 { samples += 1 }
        peakRSS = max(peakRSS, total)
        for (pid, mark) in marks { highWater[pid] = max(highWater[pid] ?? 0, mark) }
        pthread_mutex_unlock(mutex)
    }

    /// Stops the thread and returns what it saw (nil when no sample could be read, e.g. not Linux).
    /// - Parameter rootMaxResidentBytes: the host's `ru_maxrss` once reaped, which covers any peak between samples.
    public func stop(rootMaxResidentBytes: Int? = nil) -> PeakMemory? {
        pthread_mutex_lock(mutex)
        stopped = true
        pthread_cond_broadcast(wake)
        pthread_mutex_unlock(mutex)
        thread?.join()
        thread = nil
        guard samples > 0 else { return nil }
        var marks = highWater
        if let rootMaxResidentBytes { marks[rootPID] = max(marks[rootPID] ?? 0, rootMaxResidentBytes) }
        return PeakMemory(rssBytes: peakRSS, highWaterBytes: marks.values.reduce(0, +))
    }
}

// StartBarrier: holds ready workers until the coordinator releases them all at one recorded instant.
#if canImport(Glibc)
import Glibc
#endif

/// Workers call `arriveAndWait()` once set up; the coordinator calls `waitUntilAllArrived()` then `release()`,
/// which returns the instant the wall clock of the trial starts.
public final class StartBarrier {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let expected: Int
    private var arrived = 0
    private var released = false

    public init(parties: Int) {
        expected = parties
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        condition.deallocate()
    }

    /// Called by a worker: counts it as ready and blocks until `release()`.
    public func arriveAndWait() {
        pthread_mutex_lock(mutex)
        arrived += 1
        pthread_cond_broadcast(condition)
        while !released { pthread_cond_wait(condition, mutex) }
        pthread_mutex_unlock(mutex)
    }

    /// Called by the coordinator: blocks until every worker arrived.
    public func waitUntilAllArrived() {
        pthread_mutex_lock(mutex)
        while arrived < expected { pthread_cond_wait(condition, mutex) }
        pthread_mutex_unlock(mutex)
    }

    /// Releases every waiting worker and returns the release instant (taken just before the wake-up).
    @discardableResult
    public func release() -> MonotonicInstant {
        pthread_mutex_lock(mutex)
        let instant = MonotonicInstant.now()
        released = true
        pthread_cond_broadcast(condition)
        pthread_mutex_unlock(mutex)
        return instant
    }
}

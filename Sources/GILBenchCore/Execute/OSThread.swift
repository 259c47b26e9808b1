// OSThread: a joinable pthread with an explicit stack size, for workers that run Python.
#if canImport(Glibc)
import Glibc
#endif

/// A plain POSIX thread. Python code may recurse deeply, so workers get the same 8 MiB stack a main thread has
/// rather than a runtime's smaller default.
public final class OSThread {
    private var thread: pthread_t
    private final class Box {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Starts `body` on a new thread.
    public init(stackBytes: Int = 8 << 20, _ body: @escaping () -> Void) {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, stackBytes)
        defer { pthread_attr_destroy(&attributes) }
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        var handle = pthread_t()
        let result = pthread_create(&handle, &attributes, { argument in
            let box = Unmanaged<Box>.fromOpaque(argument!).takeRetainedValue()
            box.body()
            return nil
        }, box)
        precondition(result == 0, "pthread_create failed with \(result)")
        thread = handle
    }

    /// Waits for the thread to finish.
    public func join() {
        pthread_join(thread, nil)
    }
}

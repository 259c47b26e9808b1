// PrivateFolderSignalList: private folders to remove when gilbench is interrupted, prepared for a signal handler.
import Foundation

/// A fixed table of prepared `rm -rf -- <folder>` argument vectors, allocated up front: a signal handler may only
/// call async-signal-safe functions and must not allocate, so each vector is built when its folder is added. The
/// handler forks one child per folder, which replaces itself with `rm` (`fork` and `execv` are async-signal-safe),
/// so byte-code caches Python wrote into the folder after it was listed are removed too.
enum PrivateFolderSignalList {
    private static let capacity = 16
    private static let remover = "/bin/rm"
    private static let table: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()
    private static let lock = NSLock()

    /// Adds `folder`; a folder beyond the table's room is left to `PrivateFolder.remove()`.
    static func add(_ folder: String) {
        lock.lock()
        defer { lock.unlock() }
        guard let slot = (0..<capacity).first(where: { table[$0] == nil }) else { return }
        let arguments = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: 5)
        for (index, text) in [remover, "-rf", "--", folder].enumerated() { arguments[index] = strdup(text) }
        arguments[4] = nil
        table[slot] = arguments
    }

    /// Drops `folder` from the table (it was removed the ordinary way).
    static func forget(_ folder: String) {
        lock.lock()
        defer { lock.unlock() }
        for slot in 0..<capacity {
            guard let arguments = table[slot], let path = arguments[3], String(cString: path) == folder else { continue }
            table[slot] = nil
            for index in 0..<4 { free(arguments[index]) }
            arguments.deallocate()
        }
    }

    /// From a signal handler: starts `rm -rf -- <folder>` for every listed folder and returns without waiting (the
    /// caller is about to exit; an orphaned `rm` finishes on its own). No locks, no allocation.
    static func removeAll() {
        for slot in 0..<capacity {
            guard let arguments = table[slot], let program = arguments[0] else { continue }
            if fork() == 0 {
                execv(program, arguments)
                _exit(127)
            }
        }
    }
}

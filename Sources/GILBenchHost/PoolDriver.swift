// PoolDriver: installs the Python module behind the Python-level strategies (thread-pool, process-pool,
// interpreter-pool): python/pool_driver.py and the harness, embedded in the binary.
import Foundation
import GILBenchCore

/// Writes python/pool_driver.py into a private folder as the module `_gilbench_pool`, with the harness beside it
/// as `_gilbench_harness.py` (which the module runs), so that worker processes (and 3.14's pool interpreters)
/// can import the task functions by name, which pickling a callable requires.
enum PoolDriver {
    /// The module's name; `install` writes `<folder>/_gilbench_pool.py`.
    static let moduleName = "_gilbench_pool"
    /// The harness file the module reads from its own folder.
    static let harnessFileName = "_gilbench_harness.py"

    /// Writes the module and the harness into a new private folder (mkdtemp, 0700) and returns it (the caller
    /// removes it).
    static func install() throws -> PrivateFolder {
        let folder = try PrivateFolder(prefix: "gilbench-pool")
        do {
            try Data(WorkloadHarness.source.utf8).write(to: folder.url.appendingPathComponent(harnessFileName))
            try Data(WorkloadHarness.embedded("pool_driver.py").utf8).write(to: folder.url.appendingPathComponent(moduleName + ".py"))
        } catch {
            folder.remove()
            throw error
        }
        return folder
    }
}

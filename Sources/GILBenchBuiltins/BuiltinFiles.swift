// BuiltinFiles: the files embedded in the gilbench binary at build time, by folder and file name.
import Foundation

/// What ships inside the binary: SwiftPM embeds every file of `Benchmarks/`, `plots/` and `python/` in this module
/// (`resources: [.embedInCode(...)]` in Package.swift, generated as `PackageResources`), so a copied binary alone
/// has them and nothing is looked up on disk. The tables below name each file once; `BuiltinFilesTests` checks
/// that they list exactly the files of each folder, so a file added without an entry fails the tests (and one
/// removed fails the build).
public enum BuiltinFiles {
    /// A folder of embedded files.
    public enum Folder: String, CaseIterable, Sendable {
        /// The built-in workloads and their MANIFEST.
        case benchmarks = "Benchmarks"
        /// The gnuplot chart templates.
        case plots
        /// The Python that runs inside workers and discovery (`.py` files, compiled by a test).
        case python
    }

    /// The files of `folder`: file name to contents.
    public static func files(in folder: Folder) -> [String: [UInt8]] {
        switch folder {
        case .benchmarks: return benchmarks
        case .plots: return plots
        case .python: return python
        }
    }

    /// The text of `name` in `folder` (UTF-8), or nil when no such file is embedded.
    public static func text(_ name: String, in folder: Folder) -> String? {
        files(in: folder)[name].map { String(decoding: $0, as: UTF8.self) }
    }

    /// Writes every file of `folder` into `directory` (which must exist), owner-only (0600).
    public static func write(_ folder: Folder, into directory: URL) throws {
        for (name, bytes) in files(in: folder) {
            let url = directory.appendingPathComponent(name)
            try Data(bytes).write(to: url, options: [.withoutOverwriting])
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        }
    }

    private static let benchmarks: [String: [UInt8]] = [
        "MANIFEST": PackageResources.MANIFEST,
        "_calibration.py": PackageResources._calibration_py,
        "fannkuch.py": PackageResources.fannkuch_py,
        "float_math.py": PackageResources.float_math_py,
        "json_roundtrip.py": PackageResources.json_roundtrip_py,
        "nbody.py": PackageResources.nbody_py,
        "nested_records.py": PackageResources.nested_records_py,
        "numeric_buffer.py": PackageResources.numeric_buffer_py,
        "pidigits.py": PackageResources.pidigits_py,
        "regex_text.py": PackageResources.regex_text_py,
        "richards.py": PackageResources.richards_py,
        "spectral_norm.py": PackageResources.spectral_norm_py,
        "word_count.py": PackageResources.word_count_py,
    ]

    private static let plots: [String: [UInt8]] = [
        "efficiency.gp": PackageResources.efficiency_gp,
        "history.gp": PackageResources.history_gp,
        "memory.gp": PackageResources.memory_gp,
        "payload.gp": PackageResources.payload_gp,
        "setup.gp": PackageResources.setup_gp,
        "soak.gp": PackageResources.soak_gp,
        "speedup.gp": PackageResources.speedup_gp,
        "speedup_by_python.gp": PackageResources.speedup_by_python_gp,
        "throughput.gp": PackageResources.throughput_gp,
        "wall.gp": PackageResources.wall_gp,
    ]

    private static let python: [String: [UInt8]] = [
        "describe_exception.py": PackageResources.describe_exception_py,
        "describe_python.py": PackageResources.describe_python_py,
        "harness.py": PackageResources.harness_py,
        "pool_driver.py": PackageResources.pool_driver_py,
        "process_worker.py": PackageResources.process_worker_py,
        "pyperf_workload.py": PackageResources.pyperf_workload_py,
    ]
}

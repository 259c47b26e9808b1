// SuiteDependencies: `--install-deps`: each suite benchmark's requirements installed with pip, per Python, into
// gilbench's cache, and told to the hosts through the environment.
import Foundation

/// Installs what a suite's benchmarks declare, once per Python and benchmark folder, into
/// `<cache>/deps/pyperformance-<version>/<python label>/<bm folder>` (`pip install --target`; a `.partial` folder
/// is renamed only when pip succeeds, so nothing half-installed is used).
public enum SuiteDependencies {
    /// The environment variable the pyperf adapter reads: JSON `{"<sys.prefix>\u{1f}<script>": {"path": folder}
    /// or {"unsupported": reason}}`.
    public static let environmentKey = "GILBENCH_PYPERF_DEPS"

    /// - Returns: the value for `environmentKey`.
    public static func install(suite: PyperformanceSuite, workloads: [Workload], pythons: [PythonInstallation],
                               cache: String = PyperformanceSuite.cacheFolder(), progress: (String) -> Void) throws -> String {
        var entries: [String: [String: String]] = [:]
        let fileManager = FileManager.default
        let scripts = workloads.map(\.path).uniqued()
        for python in pythons {
            for script in scripts {
                guard let benchmark = suite.benchmarks.first(where: { $0.script == script }), !benchmark.requirements.isEmpty else { continue }
                let key = python.home + "\u{1f}" + script
                let folderName = URL(fileURLWithPath: script).deletingLastPathComponent().lastPathComponent
                let target = "\(cache)/deps/pyperformance-\(suite.version)/\(python.label)/\(folderName)"
                if fileManager.fileExists(atPath: target) {
                    entries[key] = ["path": target]
                    continue
                }
                guard let executable = python.executable else {
                    entries[key] = ["unsupported": "--install-deps needs the interpreter of \(python.label) to run pip"]
                    continue
                }
                progress("installing \(benchmark.requirements.joined(separator: " ")) for \(folderName) on Python \(python.label)")
                let partial = target + ".partial"
                try? fileManager.removeItem(atPath: partial)
                try fileManager.createDirectory(atPath: URL(fileURLWithPath: target).deletingLastPathComponent().path, withIntermediateDirectories: true)
                let requirements = URL(fileURLWithPath: script).deletingLastPathComponent().appendingPathComponent("requirements.txt").path
                let pip = try ProcessOutput.run(executable, ["-m", "pip", "install", "--disable-pip-version-check", "-q",
                                                             "--no-warn-script-location", "--target", partial, "-r", requirements,
                                                             // As in pyperformance's own virtual environments: old
                                                             // pins (sympy 1.8, Django) import distutils, which
                                                             // setuptools provides on 3.12+.
                                                             "setuptools"])
                if pip.exitCode == 0 {
                    try fileManager.moveItem(atPath: partial, toPath: target)
                    entries[key] = ["path": target]
                } else {
                    try? fileManager.removeItem(atPath: partial)
                    entries[key] = ["unsupported": "pip could not install \(benchmark.requirements.joined(separator: ", ")): "
                        + PyperformanceSuite.firstErrorLine(pip.standardError + "\n" + pip.standardOutput)]
                }
            }
        }
        let data = try JSONSerialization.data(withJSONObject: entries, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}

// PyperfExporterTests: pyperf.json's structure, and the real pyperf (from PyPI) reading it: stats, hist, compare_to.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchTestSupport
import XCTest

final class PyperfExporterTests: XCTestCase {
    private func document(_ exporter: PyperfExporter = PyperfExporter()) throws -> [String: Any] {
        let data = try exporter.export(ExportFixtures.results())
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func testOneBenchmarkPerPointOneRunPerOkTrial() throws {
        let json = try document()
        XCTAssertEqual(json["version"] as? String, "1.0")
        let metadata = try XCTUnwrap(json["metadata"] as? [String: Any])
        XCTAssertEqual(metadata["python_version"] as? String, "3.13.0")
        XCTAssertEqual(metadata["cpu_count"] as? Int, 2)
        XCTAssertEqual(metadata["date"] as? String, "1970-01-01 00:00:00")
        let benchmarks = try XCTUnwrap(json["benchmarks"] as? [[String: Any]])
        let names = benchmarks.compactMap { ($0["metadata"] as? [String: Any])?["name"] as? String }
        XCTAssertEqual(names, ["nbody-threads-x1", "nbody-threads-x2", "nbody-processes-x1", "nbody-processes-x2"])
        let last = benchmarks[3]
        let lastMetadata = try XCTUnwrap(last["metadata"] as? [String: Any])
        XCTAssertEqual(lastMetadata["unit"] as? String, "second")
        XCTAssertEqual(lastMetadata["loops"] as? Int, 1)
        XCTAssertEqual(lastMetadata["gilbench_failed_trials"] as? Int, 1, "the crashed trial is counted, not exported")
        let runs = try XCTUnwrap(last["runs"] as? [[String: Any]])
        XCTAssertEqual(runs.count, 2)
        XCTAssertEqual(runs[0]["values"] as? [Double], [0.1])
    }

    func testSeveralPythonsGetPrefixedNamesAndOneFilePerPython() {
        let pythons = [ExportFixtures.python, PythonInstallation(version: "3.12.1", versionDetail: "", executable: nil, library: "/l",
                                                                  home: "/", freeThreaded: false, supportsOwnGIL: true, configureArguments: "")]
        XCTAssertEqual(PyperfExporter.exporters(for: pythons).map(\.fileName), ["pyperf.json", "pyperf-3.13.0.json", "pyperf-3.12.1.json"])
        XCTAssertEqual(PyperfExporter.exporters(for: [ExportFixtures.python]).map(\.fileName), ["pyperf.json"])
    }

    /// Runs pyperf's own commands on the export. Needs a Python with pyperf (scripts/setup.sh installs it);
    /// skipped when there is none, except under CI=true.
    func testRealPyperfReadsTheExport() throws {
        let python = try pythonWithPyperf()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gilbench-pyperf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = folder.appendingPathComponent("base.json")
        let new = folder.appendingPathComponent("new.json")
        try PyperfExporter().export(ExportFixtures.results()).write(to: base)
        try PyperfExporter().export(ExportFixtures.results()).write(to: new)
        for arguments in [["stats", base.path], ["hist", base.path], ["compare_to", base.path, new.path], ["check", base.path]] {
            let output = try ProcessOutput.run(python, ["-m", "pyperf"] + arguments)
            XCTAssertEqual(output.exitCode, 0, "pyperf \(arguments[0]) failed: \(output.standardError)")
            if arguments[0] != "compare_to" {
                XCTAssertTrue(output.standardOutput.contains("nbody-threads-x2"), "pyperf \(arguments[0]): \(output.standardOutput)")
            }
        }
        let stats = try ProcessOutput.run(python, ["-m", "pyperf", "stats", base.path])
        XCTAssertTrue(stats.standardOutput.contains("Total number of values: 2"), stats.standardOutput)
    }

    /// A discovered Python that can `import pyperf`, else a skip (a failure under CI=true).
    private func pythonWithPyperf() throws -> String {
        var candidates = PythonDiscovery().discover().installations.compactMap(\.executable)
        if let explicit = ProcessInfo.processInfo.environment["GILBENCH_PYPERF_PYTHON"] { candidates.insert(explicit, at: 0) }
        for executable in candidates {
            if let output = try? ProcessOutput.run(executable, ["-c", "import pyperf"]), output.exitCode == 0 { return executable }
        }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            XCTFail("CI must have pyperf importable by a discovered Python (tried: \(candidates)); run scripts/setup.sh")
        }
        throw XCTSkip("no Python with pyperf on this machine (pip install pyperf)")
    }
}

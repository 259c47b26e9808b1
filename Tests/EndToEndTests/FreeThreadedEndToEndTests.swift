// FreeThreadedEndToEndTests: the built binary on a free-threaded CPython and its GIL twin: selection, labels,
// sys.executable, the GIL state recorded per trial, both `threads` module patterns, and an own-GIL layout that
// cannot be verified.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import XCTest

final class FreeThreadedEndToEndTests: XCTestCase {
    private func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (Invocation, URL) {
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        let invocation = try GILBenchBinary.run(["run", "--out", out.path] + arguments, extraEnvironment: environment)
        return (invocation, out)
    }

    private func trials(_ out: URL) throws -> [[String: String]] {
        try ResultFolderReader.table(out.appendingPathComponent("trials.csv"), columns: TrialsCSVExporter.columns)
    }

    private func metadata(_ out: URL) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("metadata.json"))) as? [String: Any])
    }

    func testMinorTSelectsTheFreeThreadedBuildWhoseWorkersRunWithoutAGILAndSeeItsInterpreter() throws {
        let (python, _) = try GILBenchBinary.freeThreadedPython()
        let spec = "\(python.parsedVersion.major).\(python.parsedVersion.minor)t"
        let (invocation, out) = try run(["--python", spec, "--workload", GILBenchBinary.fixture("executable"),
                                         "--workers", "1,2", "--repeat", "1", "--warmup", "0"])
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        let rows = try trials(out)
        XCTAssertEqual(rows.count, 8)
        XCTAssertEqual(Set(rows.map { $0["status"]! }), ["ok"], "own-GIL and legacy sub-interpreters run on the free-threaded build too: \(rows.map { $0["message"]! })")
        XCTAssertEqual(Set(rows.map { $0["python_build"]! }), ["free-threaded"])
        XCTAssertEqual(Set(rows.map { $0["gil_enabled"]! }), ["false"])
        XCTAssertTrue(invocation.standardOutput.contains(python.label), invocation.standardOutput)

        // sys.executable in the reference host, and (checksums equal) in every thread, sub-interpreter and process
        // worker, is the selected installation's interpreter, not the pyenv shim or PATH's python3.
        let executable = URL(fileURLWithPath: try XCTUnwrap(python.executable)).resolvingSymlinksInPath().lastPathComponent
        let references = try XCTUnwrap(try metadata(out)["references"] as? [[String: Any]])
        XCTAssertEqual(references.first?["checksum"] as? String, "('\(executable)', True, True)")
        XCTAssertEqual(Set(rows.map { $0["checksum_ok"]! }), ["true"])
    }

    func testAnInterpreterPathAndAFullVersionSelectEachBuild() throws {
        let (python, twin) = try GILBenchBinary.freeThreadedPython()
        let (invocation, out) = try run(["--python", "\(try XCTUnwrap(python.executable)),\(twin.version)", "--workload",
                                         GILBenchBinary.fixture("tiny"), "--strategy", "threads", "--workers", "1",
                                         "--repeat", "1", "--warmup", "0"])
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        let rows = try trials(out)
        XCTAssertEqual(rows.map { "\($0["python_version"]!) \($0["python_build"]!) \($0["gil_enabled"]!)" }.sorted(),
                       ["\(python.version) default true", "\(python.version) free-threaded false"])

        let list = try GILBenchBinary.run(["list", "pythons"])
        XCTAssertTrue(list.standardOutput.contains("\(python.label) ") && list.standardOutput.contains("free-threaded"), list.standardOutput)
        XCTAssertTrue(list.standardOutput.contains("GIL: disabled"), list.standardOutput)
    }

    func testPYTHON_GIL1IsRecordedAsAGILInForce() throws {
        let (python, _) = try GILBenchBinary.freeThreadedPython()
        let (invocation, out) = try run(["--python", python.label, "--workload", GILBenchBinary.fixture("tiny"),
                                         "--strategy", "threads,processes", "--workers", "2", "--repeat", "1", "--warmup", "0"],
                                        environment: ["PYTHON_GIL": "1"])
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        XCTAssertEqual(Set(try trials(out).map { $0["gil_enabled"]! }), ["true"])
    }

    func testSharedAndPrivateThreadModulesBothRunAndAreRecorded() throws {
        let (python, _) = try GILBenchBinary.freeThreadedPython()
        for module in ["shared", "private"] {
            let (invocation, out) = try run(["--python", python.label, "--workload", GILBenchBinary.fixture("tiny"),
                                             "--strategy", "threads", "--workers", "1,2", "--repeat", "1", "--warmup", "0",
                                             "--thread-module", module, "--inner-warmup", "1"])
            XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
            let rows = try trials(out)
            XCTAssertEqual(rows.count, 2)
            XCTAssertEqual(Set(rows.map { $0["status"]! }), ["ok"], module)
            XCTAssertEqual(Set(rows.map { $0["checksum_ok"]! }), ["true"], module)
            let warmups = rows.map { $0["host_warmup_seconds"]! }
            if module == "shared" {
                XCTAssertTrue(warmups.allSatisfy { (Double($0) ?? 0) > 0 }, "the host's warm-up call is recorded: \(warmups)")
            } else {
                XCTAssertEqual(Set(warmups), [""], "private modules have no host warm-up")
            }
            let options = try XCTUnwrap(try metadata(out)["options"] as? [String: Any])
            XCTAssertEqual(options["thread_module"] as? String, module)
            XCTAssertEqual(options["inner_warmup_count"] as? Int, 1)
        }
        let bad = try GILBenchBinary.run(["run", "--thread-module", "mine"])
        XCTAssertEqual(bad.exitCode, 64, bad.standardError)
        XCTAssertTrue(bad.standardError.contains("--thread-module"), bad.standardError)
    }

    /// An interpreter that claims an unverified release (3.99) whose headers are not where it says: gilbench must
    /// not fill PyInterpreterConfig for it, so own-GIL rows are `unsupported` and the other strategies still run.
    func testAnUnverifiableLayoutGivesUnsupportedOwnGILRows() throws {
        let (python, _) = try GILBenchBinary.freeThreadedPython()
        let folder = try GILBenchBinary.temporaryDirectory(self)
        let fake = folder.appendingPathComponent("python3")
        let description: [String: Any] = [
            "version": "3.99.0", "detail": "3.99.0 (a stand-in for an unverified release)", "executable": fake.path,
            "library": python.library, "home": python.home, "free_threaded": true, "own_gil": true, "config_args": "",
            "include": folder.appendingPathComponent("include/python3.99t").path,
        ]
        let json = String(decoding: try JSONSerialization.data(withJSONObject: description), as: UTF8.self)
        try "#!/bin/sh\ncat <<'JSON'\n\(json)\nJSON\n".write(to: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)

        // The stand-in "python" is a shell script, so process workers embed CPython (as for an installation
        // without an executable) instead of running it.
        let (invocation, out) = try run(["--python", fake.path, "--workload", GILBenchBinary.fixture("tiny"),
                                         "--workers", "1", "--repeat", "1", "--warmup", "0"],
                                        environment: ["GILBENCH_PROCESS_WORKER": "embedded"])
        XCTAssertEqual(invocation.exitCode, 0, "unsupported rows are not failures: \(invocation.standardError)")
        let rows = try trials(out)
        let own = try XCTUnwrap(rows.first { $0["strategy"] == "subinterpreters" })
        XCTAssertEqual(own["status"], "unsupported")
        XCTAssertTrue(own["message"]!.contains("PyInterpreterConfig") && own["message"]!.contains("pylifecycle.h"), own["message"]!)
        XCTAssertEqual(Set(rows.filter { $0["strategy"] != "subinterpreters" }.map { $0["status"]! }), ["ok"])
    }
}

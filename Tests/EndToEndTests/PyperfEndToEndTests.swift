// PyperfEndToEndTests: pyperf benchmark scripts run as workloads by the real binary, with pyperf installed and not.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import XCTest

final class PyperfEndToEndTests: XCTestCase {
    private let kinds = ["pyperf_time", "pyperf_func", "pyperf_async", "pyperf_command", "pyperf_broken",
                         "pyperf_no_bench", "pyperf_two_benches"]

    private func run(_ arguments: [String]) throws -> (Invocation, URL) {
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        let invocation = try GILBenchBinary.run(["run", "--out", out.path, "--repeat", "1", "--warmup", "0"] + arguments)
        return (invocation, out)
    }

    private func trials(_ out: URL) throws -> [[String: String]] {
        try ResultFolderReader.table(out.appendingPathComponent("trials.csv"), columns: TrialsCSVExporter.columns)
    }

    private func references(_ out: URL) throws -> [String: [String: Any]] {
        let metadata = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("metadata.json"))) as? [String: Any]
        let list = try XCTUnwrap(metadata?["references"] as? [[String: Any]])
        return Dictionary(list.map { ($0["workload"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether `python`'s own interpreter can import pyperf from its site-packages.
    private func hasPyperf(_ python: PythonInstallation) throws -> Bool {
        let output = try ProcessOutput.run(python.executable ?? "", ["-c", "import pyperf"], environment: ProcessInfo.processInfo.environment, directory: nil)
        return output.exitCode == 0
    }

    /// Each worker runs the script's __main__, threads included (they share the module of a run(size) file):
    /// a script's module globals are its own per worker.
    func testEachThreadRunsItsOwnCopyOfAPyperfScript() throws {
        let python = try GILBenchBinary.python(minor: 13)
        let (invocation, out) = try run(["--python", python.version, "--workers", "2", "--strategy", "threads",
                                         "--size", "20", "--workload", GILBenchBinary.fixture("pyperf_globals")])
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        let rows = try trials(out)
        XCTAssertTrue(rows.contains { $0["workers"] == "2" }, "\(rows)")
        XCTAssertEqual(Set(rows.map { $0["status"]! }), ["ok"], "\(rows.map { $0["message"]! })")
    }

    /// A script that makes several bench calls: `--workload-arg gilbench-bench=NAME` times the one named.
    func testGilbenchBenchPicksOneOfSeveralBenchCalls() throws {
        let python = try GILBenchBinary.python(minor: 13)
        let script = GILBenchBinary.fixture("pyperf_two_benches")
        let (picked, out) = try run(["--python", python.version, "--workers", "1", "--strategy", "threads,processes",
                                     "--workload", script, "--workload-arg", "gilbench-bench=second"])
        XCTAssertEqual(picked.exitCode, 0, picked.standardError)
        XCTAssertEqual(Set(try trials(out).map { $0["status"]! }), ["ok"])
        let (missing, out2) = try run(["--python", python.version, "--workers", "1", "--strategy", "threads",
                                       "--workload", script, "--workload-arg", "gilbench-bench=third"])
        XCTAssertEqual(missing.exitCode, 1, missing.standardError)
        let row = try XCTUnwrap(try trials(out2).first)
        XCTAssertEqual(row["status"], "error")
        XCTAssertTrue(row["message"]!.contains("no bench call named 'third' (it makes bench_func('first'), bench_func('second'))"), row["message"]!)
    }

    func testEveryKindOfPyperfScriptUnderEveryStrategy() throws {
        let python = try GILBenchBinary.python(minor: 13)
        let (invocation, out) = try run(["--python", python.version, "--workers", "1,2",
                                         "--workload", kinds.map(GILBenchBinary.fixture).joined(separator: ",")])
        XCTAssertEqual(invocation.exitCode, 1, "error rows make the run fail, and it goes on: \(invocation.standardError)")
        let rows = try trials(out)
        XCTAssertEqual(rows.count, kinds.count * Strategy.defaultStrategies.count * 2, "every point has one row")
        let byWorkload = Dictionary(grouping: rows, by: { $0["workload"]! })
        for name in ["pyperf_time", "pyperf_func", "pyperf_async"] {
            let group = try XCTUnwrap(byWorkload[name])
            XCTAssertEqual(Set(group.map { $0["status"]! }), ["ok"], "\(name): \(group.map { $0["message"]! })")
            XCTAssertEqual(Set(group.map { $0["result_checked"]! }), ["no"], "timings cannot be cross-checked")
            XCTAssertEqual(Set(group.map { $0["checksum_ok"]! }), [""])
            XCTAssertEqual(Set(group.map { $0["strategy"]! }), Set(Strategy.defaultStrategies.map(\.rawValue)))
            let loops = try XCTUnwrap(Int(group[0]["size"]!))
            XCTAssertGreaterThan(loops, 1, "\(name): calibrated loops are recorded as the size")
        }
        let expected: [(String, String, String)] = [
            ("pyperf_command", "unsupported", "bench_command('python_startup') times a command"),
            ("pyperf_broken", "error", "failed in its set-up: KeyError"),
            ("pyperf_no_bench", "error", "never called a bench method"),
            ("pyperf_two_benches", "error", "called 2 bench methods (bench_func('first'), bench_func('second')); gilbench times one: choose it with --workload-arg gilbench-bench=first"),
        ]
        for (name, status, phrase) in expected {
            let group = try XCTUnwrap(byWorkload[name])
            XCTAssertEqual(Set(group.map { $0["status"]! }), [status], name)
            for row in group { XCTAssertTrue(row["message"]!.contains(phrase), "\(name): \(row["message"]!)") }
        }
        let facts = try references(out)
        XCTAssertTrue((facts["pyperf_func"]?["docstring"] as? String ?? "").contains("inner_loops=10"), "\(facts["pyperf_func"] ?? [:])")
        XCTAssertTrue((facts["pyperf_async"]?["docstring"] as? String ?? "").contains("bench_async_func('gather_leaves')"))
    }

    func testRealPyperfAndTheStandInGiveTheSameRowsAndArgumentsReachTheScript() throws {
        let python = try GILBenchBinary.python(minor: 11)
        guard try hasPyperf(python) else { throw XCTSkip("pyperf is not installed for \(python.label)") }
        let common = ["--python", python.version, "--workers", "2", "--strategy", "threads,processes",
                      "--workload", GILBenchBinary.fixture("pyperf_time"), "--workload-arg", "count=300"]
        for (extra, where_) in [([String](), "real pyperf"), (["--no-site"], "pyperf not installed")] {
            let (invocation, out) = try run(common + extra)
            XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
            let rows = try trials(out)
            XCTAssertEqual(rows.count, 4, "1 and 2 workers x 2 strategies")
            XCTAssertEqual(Set(rows.map { $0["status"]! }), ["ok"], "\(rows.map { $0["message"]! })")
            XCTAssertEqual(Set(rows.map { $0["result_checked"]! }), ["no"])
            let doc = try XCTUnwrap(references(out)["pyperf_time"]?["docstring"] as? String)
            XCTAssertTrue(doc.contains(where_), doc)
            XCTAssertTrue(doc.contains("['--count', '300']"), doc)
        }
    }

    func testAnOptionTheScriptDoesNotDefineIsAnErrorRow() throws {
        let python = try GILBenchBinary.python(minor: 13)
        let (invocation, out) = try run(["--python", python.version, "--workers", "1", "--strategy", "subinterpreters",
                                         "--workload", GILBenchBinary.fixture("pyperf_time"), "--workload-arg", "colour=blue"])
        XCTAssertEqual(invocation.exitCode, 1, invocation.standardError)
        let rows = try trials(out)
        XCTAssertEqual(rows.map { $0["status"]! }, ["error"])
        XCTAssertTrue(rows[0]["message"]!.contains("unrecognized arguments: --colour blue"), rows[0]["message"]!)
    }
}

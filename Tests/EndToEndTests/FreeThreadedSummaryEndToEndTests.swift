// FreeThreadedSummaryEndToEndTests: the built binary on a GIL build and its free-threaded twin (e.g. 3.13.5 and
// 3.13.5t): the gil, baseline and throughput_vs_baseline columns, the report's single-thread cost, --baseline,
// compare between the two builds, and history keeping them apart.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import XCTest

final class FreeThreadedSummaryEndToEndTests: XCTestCase {
    /// The newest free-threaded build with a GIL build of the same version, or a skip; under CI a missing pair is a
    /// failure (scripts/setup.sh installs both).
    private func twins() throws -> (gil: PythonInstallation, free: PythonInstallation) {
        for free in GILBenchBinary.pythons where free.freeThreaded {
            if let gil = GILBenchBinary.pythons.first(where: { !$0.freeThreaded && $0.version == free.version }) { return (gil, free) }
        }
        let message = "no free-threaded CPython with a GIL build of the same version (found: \(GILBenchBinary.pythons.map(\.label)))"
        if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("CI must have both builds: " + message) }
        throw XCTSkip(message)
    }

    private func table(_ url: URL) throws -> [[String: String]] {
        let rows = CSVFormat.parse(try String(contentsOf: url, encoding: .utf8))
        let header = try XCTUnwrap(rows.first)
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    private let small = ["--workload", GILBenchBinary.fixture("tiny"), "--size", "20000", "--workers", "1,2", "--repeat", "2", "--warmup", "0"]

    func testBothBuildsGetLockModelsThroughputSingleThreadCostCompareAndHistory() throws {
        let (gil, free) = try twins()
        let folder = try GILBenchBinary.temporaryDirectory(self)
        let run = folder.appendingPathComponent("run")
        let invocation = try GILBenchBinary.run(["run", "--python", "\(gil.label),\(free.label)", "--out", run.path] + small)
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)

        let summary = try table(run.appendingPathComponent("summary.csv"))
        XCTAssertEqual(summary.count, 2 * 4 * 2)
        let expectedModels: [String: [String: String]] = [
            "default": ["threads": "shared", "subinterpreters": "per-interpreter", "shared-subinterpreters": "shared", "processes": "per-process"],
            "free-threaded": ["threads": "none", "subinterpreters": "per-interpreter", "shared-subinterpreters": "none", "processes": "per-process"],
        ]
        for row in summary where row["status"] == "ok" {
            XCTAssertEqual(row["gil"], expectedModels[row["python_build"]!]?[row["strategy"]!], "\(row)")
            XCTAssertEqual(row["baseline"], "\(gil.label) threads", "\(row)")
            let throughput = try XCTUnwrap(Double(row["throughput_vs_baseline"] ?? ""), "\(row)")
            XCTAssertGreaterThan(throughput, 0)
            XCTAssertLessThanOrEqual(Double(row["throughput_vs_baseline_min"]!)!, throughput)
            XCTAssertGreaterThanOrEqual(Double(row["throughput_vs_baseline_max"]!)!, throughput)
        }
        let baselineRow = try XCTUnwrap(summary.first { $0["python_build"] == "default" && $0["strategy"] == "threads" && $0["workers"] == "1" })
        XCTAssertEqual(baselineRow["throughput_vs_baseline"], "1.0000")
        struct Metadata: Decodable { struct Baseline: Decodable { let python_version: String; let python_build: String; let strategy: String }; let baseline: Baseline? }
        let metadata = try JSONDecoder().decode(Metadata.self, from: Data(contentsOf: run.appendingPathComponent("metadata.json")))
        XCTAssertEqual(metadata.baseline?.python_version, gil.version)
        XCTAssertEqual(metadata.baseline?.python_build, "default")
        XCTAssertEqual(metadata.baseline?.strategy, "threads")
        XCTAssertTrue(invocation.standardOutput.contains("vs base = throughput at 2 workers against one worker of \(gil.label) threads"), invocation.standardOutput)

        let report = try String(contentsOf: run.appendingPathComponent("report.md"), encoding: .utf8)
        XCTAssertTrue(report.contains("## Single-thread cost of free-threaded builds\n"), report)
        XCTAssertTrue(report.contains("### \(free.label) against \(gil.label) (threads, 1 worker)\n"), report)
        XCTAssertTrue(report.contains("| tiny | "), report)
        XCTAssertTrue(report.contains("- Single-thread cost: one threads worker on \(free.label) took "), report)
        XCTAssertTrue(report.contains("Python \(free.label) (free-threaded: no GIL"), report)
        XCTAssertFalse(report.lowercased().contains("shared-gil"), report)
        XCTAssertTrue(FileManager.default.fileExists(atPath: run.appendingPathComponent("throughput_geomean.csv").path))
        if Gnuplot.locate() != nil {
            for name in ["throughput-tiny.png", "throughput-tiny.svg"] {
                XCTAssertTrue(FileManager.default.fileExists(atPath: run.appendingPathComponent("plots/\(name)").path), name)
            }
        }

        // Same version, two builds: compare selects each by its label.
        let comparison = try GILBenchBinary.run(["compare", run.path, "--base-python", gil.label, "--new-python", free.label])
        XCTAssertTrue([0, 2, 3].contains(comparison.exitCode), comparison.standardError)  // 3: too few trials to tell
        XCTAssertTrue(comparison.standardOutput.contains("base: \(gil.label) (default)"), comparison.standardOutput)
        XCTAssertTrue(comparison.standardOutput.contains("new:  \(free.label) (free-threaded)"), comparison.standardOutput)
        XCTAssertTrue(comparison.standardOutput.contains("tiny"), comparison.standardOutput)

        // History: one entry per build, never merged.
        let history = folder.appendingPathComponent("history")
        let drawn = try GILBenchBinary.run(["history", run.path, "--order", "python", "--out", history.path])
        if Gnuplot.locate() != nil { XCTAssertEqual(drawn.exitCode, 0, drawn.standardError) }
        let entries = try table(history.appendingPathComponent("history-tiny.csv"))
        XCTAssertEqual(entries.map { $0["python_build"] ?? "" }, ["default", "free-threaded"])
        XCTAssertEqual(entries.map { $0["label"]?.split(separator: " ").first.map(String.init) ?? "" }, [gil.label, free.label])
    }

    func testExplicitBaselineIsRecordedAndBadOnesAreBadInput() throws {
        let (gil, free) = try twins()
        let folder = try GILBenchBinary.temporaryDirectory(self)
        let run = folder.appendingPathComponent("run")
        let invocation = try GILBenchBinary.run(["run", "--python", "\(gil.label),\(free.label)", "--strategy", "threads,processes",
                                                 "--baseline", "\(free.label):processes", "--out", run.path] + small)
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        let summary = try table(run.appendingPathComponent("summary.csv"))
        XCTAssertTrue(summary.allSatisfy { $0["baseline"] == "\(free.label) processes" }, "\(summary)")
        let baselineRow = try XCTUnwrap(summary.first { $0["python_build"] == "free-threaded" && $0["strategy"] == "processes" && $0["workers"] == "1" })
        XCTAssertEqual(baselineRow["throughput_vs_baseline"], "1.0000")

        for (value, phrase) in [("2.7", "--baseline"), ("\(gil.label):fibers", "unknown strategy in --baseline 'fibers'"),
                                ("\(gil.label):subinterpreters", "--baseline")] {
            let out = folder.appendingPathComponent("bad-\(UUID().uuidString)")
            let bad = try GILBenchBinary.run(["run", "--python", "\(gil.label),\(free.label)", "--strategy", "threads,processes",
                                              "--baseline", value, "--out", out.path] + small)
            XCTAssertEqual(bad.exitCode, 64, "\(value): \(bad.standardError)")
            let lines = bad.standardError.split(separator: "\n")
            XCTAssertEqual(lines.count, 1, bad.standardError)
            XCTAssertTrue(bad.standardError.contains(phrase), bad.standardError)
            XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("trials.csv").path), "nothing measured for \(value)")
        }
    }
}

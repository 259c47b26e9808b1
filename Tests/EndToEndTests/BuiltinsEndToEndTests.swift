// BuiltinsEndToEndTests: a copied binary alone, standing among hostile plots/ and Benchmarks/ folders, uses only
// the workloads and chart templates built into it (issue 18): nothing from the current directory becomes code.
import Foundation
import GILBenchCore
import GILBenchExport
import XCTest

final class BuiltinsEndToEndTests: XCTestCase {
    /// A sandbox: `outer/` and `outer/work/` each hold a hostile `plots/` (every template starts with
    /// `system("touch MARKER")`) and a hostile `Benchmarks/` (a MANIFEST and an nbody.py that writes a marker on
    /// import); the binary is copied into `outer/work/`, which is also the current directory of every command.
    private struct Sandbox {
        let root: URL
        let work: URL
        let binary: URL
        let markers: URL

        /// Every marker written so far (none, unless hostile code ran).
        func markersWritten() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: markers.path).sorted()
        }
    }

    private func makeSandbox() throws -> Sandbox {
        let root = try GILBenchBinary.temporaryDirectory(self)
        let outer = root.appendingPathComponent("outer", isDirectory: true)
        let work = outer.appendingPathComponent("work", isDirectory: true)
        let markers = root.appendingPathComponent("markers", isDirectory: true)
        for folder in [work, markers] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        for (place, folder) in [("parent", outer), ("cwd", work)] {
            let plots = folder.appendingPathComponent("plots", isDirectory: true)
            let benchmarks = folder.appendingPathComponent("Benchmarks", isDirectory: true)
            try FileManager.default.createDirectory(at: plots, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: benchmarks, withIntermediateDirectories: true)
            for kind in ChartKind.allCases.map(\.rawValue) + ["history"] {
                let marker = markers.appendingPathComponent("plots-\(place)-\(kind)").path
                try "system(\"touch \(marker)\")\nset terminal dumb\nplot 1\n".write(to: plots.appendingPathComponent(kind + ".gp"), atomically: true, encoding: .utf8)
            }
            try "nbody\thostile nbody from the \(place) folder\nhostile_only\tnot a built-in\n"
                .write(to: benchmarks.appendingPathComponent("MANIFEST"), atomically: true, encoding: .utf8)
            let marker = markers.appendingPathComponent("benchmarks-\(place)").path
            let hostile = "open(\(Self.pythonLiteral(marker)), \"w\").write(\"imported\")\nSIZE = 1\n\ndef run(size):\n    return 0\n"
            for name in ["nbody.py", "hostile_only.py"] {
                try hostile.write(to: benchmarks.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
        }
        let binary = work.appendingPathComponent("gilbench")
        try FileManager.default.copyItem(at: GILBenchBinary.executable, to: binary)
        let sandbox = Sandbox(root: root, work: work, binary: binary, markers: markers)
        try checkTheHostileFilesLeaveMarkers(sandbox)
        return sandbox
    }

    /// The test could fail: run as code, the hostile files do write their markers (then the markers are removed).
    private func checkTheHostileFilesLeaveMarkers(_ sandbox: Sandbox) throws {
        let workload = sandbox.work.appendingPathComponent("Benchmarks/nbody.py").path
        if let python = GILBenchBinary.pythons.first?.executable {
            let ran = try ProcessOutput.run(python, ["-I", workload], directory: sandbox.root)
            XCTAssertEqual(ran.exitCode, 0, ran.standardError)
            XCTAssertEqual(try sandbox.markersWritten(), ["benchmarks-cwd"], "the hostile workload writes its marker when run")
        }
        if hasGnuplot {
            let ran = try ProcessOutput.run("/usr/bin/env", ["gnuplot", sandbox.work.appendingPathComponent("plots/speedup.gp").path], directory: sandbox.root)
            XCTAssertEqual(ran.exitCode, 0, ran.standardError)
            XCTAssertTrue(try sandbox.markersWritten().contains("plots-cwd-speedup"), "the hostile template writes its marker when run")
        }
        for marker in try sandbox.markersWritten() {
            try FileManager.default.removeItem(at: sandbox.markers.appendingPathComponent(marker))
        }
    }

    /// Runs the copied binary in `sandbox.work`, with neither GILBENCH_PLOTS nor GILBENCH_BENCHMARKS set.
    private func gilbench(_ sandbox: Sandbox, _ arguments: [String], in directory: URL? = nil,
                          environment extra: [String: String] = [:]) throws -> Invocation {
        var arguments = arguments
        if arguments.first == "run", let pinned = GILBenchBinary.pinnedPython { arguments += ["--python", pinned] }
        var environment = ProcessInfo.processInfo.environment
        for key in ["GILBENCH_PLOTS", "GILBENCH_BENCHMARKS", "PYTHONHOME"] { environment.removeValue(forKey: key) }
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment.merge(extra) { $1 }
        let output = try ProcessOutput.run(sandbox.binary.path, arguments, environment: environment, directory: directory ?? sandbox.work)
        return Invocation(exitCode: output.exitCode, standardOutput: output.standardOutput, standardError: output.standardError)
    }

    /// A Python string literal for `text` (JSON's string syntax is valid Python).
    private static func pythonLiteral(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed, .withoutEscapingSlashes])) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    private var hasGnuplot: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/gnuplot") }
    }

    func testACopiedBinaryAmongHostileFoldersListsOnlyItsBuiltIns() throws {
        let sandbox = try makeSandbox()
        let list = try gilbench(sandbox, ["list", "workloads"])
        XCTAssertEqual(list.exitCode, 0, list.standardError)
        XCTAssertTrue(list.standardOutput.contains("built into gilbench"), list.standardOutput)
        XCTAssertTrue(list.standardOutput.contains("spectral_norm") && list.standardOutput.contains("N-body simulation"), list.standardOutput)
        XCTAssertFalse(list.standardOutput.contains("hostile"), list.standardOutput)
        let unknown = try gilbench(sandbox, ["run", "--workload", "hostile_only", "--workers", "1", "--repeat", "1"])
        XCTAssertEqual(unknown.exitCode, 64, "a name only the current directory's MANIFEST knows is no workload: \(unknown.standardError)")
        XCTAssertEqual(try sandbox.markersWritten(), [])
        // An explicit variable is the one way to other workloads.
        let benchmarks = sandbox.work.appendingPathComponent("Benchmarks")
        let explicit = try gilbench(sandbox, ["list", "workloads"], environment: ["GILBENCH_BENCHMARKS": benchmarks.path])
        XCTAssertEqual(explicit.exitCode, 0, explicit.standardError)
        XCTAssertTrue(explicit.standardOutput.contains("hostile_only") && explicit.standardOutput.contains("from \(benchmarks.path)"), explicit.standardOutput)
        let empty = try gilbench(sandbox, ["list", "workloads"], environment: ["GILBENCH_BENCHMARKS": sandbox.markers.path])
        XCTAssertEqual(empty.exitCode, 64, empty.standardError)
        XCTAssertTrue(empty.standardError.contains("GILBENCH_BENCHMARKS"), empty.standardError)
    }

    /// run, plot, compare and history from the copied binary: the built-in nbody is measured, the charts come from
    /// the built-in templates, no hostile file runs, and no private copy of the workloads is left behind.
    func testACopiedBinaryAmongHostileFoldersRunsPlotsComparesAndDrawsHistoryWithItsBuiltIns() throws {
        let sandbox = try makeSandbox()
        let temporary = sandbox.root.appendingPathComponent("tmp", isDirectory: true)
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let runs = ["run-a", "run-b"].map { sandbox.work.appendingPathComponent($0, isDirectory: true) }
        for run in runs {
            let invocation = try gilbench(sandbox, ["run", "--workload", "nbody", "--strategy", "threads,processes", "--workers", "1,2",
                                                    "--repeat", "1", "--warmup", "0", "--size", "300", "--out", run.path],
                                          environment: ["TMPDIR": temporary.path])
            XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
            XCTAssertEqual(try sandbox.markersWritten(), [], "a hostile file ran: \(invocation.standardError)")
            let trials = try String(contentsOf: run.appendingPathComponent("trials.csv"), encoding: .utf8)
            XCTAssertEqual(trials.split(separator: "\n").count, 1 + 4, trials)
            XCTAssertFalse(trials.contains(",error,") || trials.contains(",crash,"), trials)
            let metadata = try String(contentsOf: run.appendingPathComponent("metadata.json"), encoding: .utf8)
            XCTAssertFalse(metadata.contains(sandbox.work.appendingPathComponent("Benchmarks").path), "the cwd's Benchmarks/ was used")
            XCTAssertTrue(metadata.contains("N-body simulation of the Jovian planets"), "the built-in nbody's summary")
            XCTAssertTrue(metadata.contains("\"builtin:nbody\""), "a built-in is recorded by name: \(metadata)")
            XCTAssertFalse(metadata.contains(temporary.path), "the private copy, gone after the run, is not recorded")
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: temporary.path), [], "the private copies are removed")
            for script in try FileManager.default.contentsOfDirectory(atPath: run.appendingPathComponent("plots").path) where script.hasSuffix(".gp") {
                let text = try String(contentsOf: run.appendingPathComponent("plots/" + script), encoding: .utf8)
                XCTAssertFalse(text.contains("touch"), "\(script) holds a hostile template")
                XCTAssertTrue(text.contains("set terminal pngcairo"), "\(script) is from a built-in template")
            }
        }
        // plot: rewrites the folder's scripts from the built-in templates, even over a hostile one in the folder.
        let planted = runs[0].appendingPathComponent("plots/speedup-nbody-py\(GILBenchBinary.pinnedPython ?? "").gp")
        if FileManager.default.fileExists(atPath: planted.path) {
            try "system(\"touch \(sandbox.markers.appendingPathComponent("plots-in-run").path)\")\n".write(to: planted, atomically: true, encoding: .utf8)
        }
        let plot = try gilbench(sandbox, ["plot", runs[0].path])
        if hasGnuplot { XCTAssertEqual(plot.exitCode, 0, plot.standardError) }
        XCTAssertEqual(try sandbox.markersWritten(), [], "a hostile template ran: \(plot.standardError)")
        // The issue's case: `gilbench plot .` inside a received run folder whose plots/ holds hostile templates.
        for kind in ChartKind.allCases {
            let marker = sandbox.markers.appendingPathComponent("plots-run-\(kind.rawValue)").path
            try "system(\"touch \(marker)\")\n".write(to: runs[1].appendingPathComponent("plots/" + kind.scriptName), atomically: true, encoding: .utf8)
        }
        let plotHere = try gilbench(sandbox, ["plot", "."], in: runs[1])
        if hasGnuplot { XCTAssertEqual(plotHere.exitCode, 0, plotHere.standardError) }
        XCTAssertEqual(try sandbox.markersWritten(), [], "a hostile template ran: \(plot.standardError)")
        if FileManager.default.fileExists(atPath: planted.path) {
            XCTAssertFalse(try String(contentsOf: planted, encoding: .utf8).contains("touch"), "plot rewrote the script")
        }

        let compare = try gilbench(sandbox, ["compare", runs[0].path, runs[1].path])
        XCTAssertFalse([64, 70].contains(compare.exitCode) || compare.standardOutput.isEmpty, "\(compare.exitCode): \(compare.standardError)")
        XCTAssertTrue(compare.standardOutput.contains("nbody"), compare.standardOutput)
        XCTAssertEqual(try sandbox.markersWritten(), [])

        guard hasGnuplot else { throw XCTSkip("gnuplot is not installed: history not drawn") }
        let chart = sandbox.work.appendingPathComponent("history", isDirectory: true)
        let history = try gilbench(sandbox, ["history", runs[0].path, runs[1].path, "--out", chart.path])
        XCTAssertEqual(history.exitCode, 0, history.standardError)
        XCTAssertEqual(try sandbox.markersWritten(), [], "a hostile template ran: \(history.standardError)")
        let script = try String(contentsOf: chart.appendingPathComponent("history.gp"), encoding: .utf8)
        XCTAssertTrue(script.hasPrefix("# history.gp"), "history.gp is the built-in template")
        XCTAssertTrue(FileManager.default.fileExists(atPath: chart.appendingPathComponent("history-nbody.png").path), history.standardOutput)
    }

    /// An interrupted run leaves no private copy of the workloads behind (no `defer` runs after SIGINT; the signal
    /// handler removes it), byte-code caches written into it included.
    func testAnInterruptedRunRemovesItsPrivateCopyOfTheWorkloads() throws {
        let sandbox = try makeSandbox()
        let temporary = sandbox.root.appendingPathComponent("tmp", isDirectory: true)
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = sandbox.binary
        process.arguments = ["run", "--workload", "nbody", "--strategy", "processes", "--workers", "1", "--repeat", "1", "--warmup", "0",
                             "--size", "50000000", "--timeout", "120", "--out", sandbox.work.appendingPathComponent("run").path]
            + (GILBenchBinary.pinnedPython.map { ["--python", $0] } ?? [])
        var environment = ProcessInfo.processInfo.environment
        // Byte-code caches on, so that the copy holds files written after it was made.
        for key in ["GILBENCH_PLOTS", "GILBENCH_BENCHMARKS", "PYTHONHOME", "PYTHONDONTWRITEBYTECODE"] { environment.removeValue(forKey: key) }
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment["TMPDIR"] = temporary.path
        process.environment = environment
        process.currentDirectoryURL = sandbox.work
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until a worker has imported the private copy (Python writes its byte-code cache there).
        let deadline = Date().addingTimeInterval(60)
        var copies: [String] = []
        while Date() < deadline {
            copies = (try? FileManager.default.contentsOfDirectory(atPath: temporary.path))?.filter { $0.hasPrefix("gilbench-workloads-") } ?? []
            if let copy = copies.first,
               FileManager.default.fileExists(atPath: temporary.appendingPathComponent(copy + "/__pycache__").path) { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTAssertEqual(copies.count, 1, "the run made one private copy")
        Thread.sleep(forTimeInterval: 0.5)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 128 + SIGINT)
        let copiesLeft = { (try? FileManager.default.contentsOfDirectory(atPath: temporary.path))?.filter { $0.hasPrefix("gilbench-workloads-") } ?? [] }
        let removed = Date().addingTimeInterval(10)
        while !copiesLeft().isEmpty && Date() < removed { Thread.sleep(forTimeInterval: 0.1) }
        XCTAssertEqual(copiesLeft(), [], "the private copy outlived the interrupt")
        XCTAssertEqual(try sandbox.markersWritten(), [])
    }
}

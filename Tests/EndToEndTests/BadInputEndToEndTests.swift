// BadInputEndToEndTests: every kind of bad input gets one readable line, exit 64, and no stack trace.
import Foundation
import XCTest

final class BadInputEndToEndTests: XCTestCase {
    private func assertBadInput(_ arguments: [String], mentions phrases: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        let invocation = try GILBenchBinary.run(["run", "--out", out.path, "--repeat", "1", "--warmup", "0", "--workers", "1"] + arguments)
        let text = invocation.standardError + invocation.standardOutput
        XCTAssertEqual(invocation.exitCode, 64, "\(arguments): \(text)", file: file, line: line)
        for phrase in phrases {
            XCTAssertTrue(text.contains(phrase), "\(arguments): expected '\(phrase)' in: \(text)", file: file, line: line)
        }
        XCTAssertFalse(text.contains("Fatal error") || text.contains("Stack dump") || text.contains("Backtrace"), text, file: file, line: line)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("trials.csv").path),
                       "nothing is measured for bad input", file: file, line: line)
    }

    func testUnknownNames() throws {
        try assertBadInput(["--strategy", "fibers"], mentions: ["unknown strategy 'fibers'", "subinterpreters"])
        try assertBadInput(["--workload", "no_such_workload"], mentions: ["unknown workload 'no_such_workload'", "nbody"])
        try assertBadInput(["--frobnicate"], mentions: ["--frobnicate"])
    }

    func testBadNumbers() throws {
        for value in ["0", "-1", "two"] {
            try assertBadInput(["--workers=\(value)"], mentions: ["--workers", value])
        }
        try assertBadInput(["--repeat", "0"], mentions: ["--repeat"])
        try assertBadInput(["--timeout", "0"], mentions: ["--timeout"])
    }

    func testBadWorkloadFiles() throws {
        try assertBadInput(["--workload", "/nonexistent/workload.py"], mentions: ["/nonexistent/workload.py", "does not exist"])
        try assertBadInput(["--workload", GILBenchBinary.fixture("no_run")], mentions: ["no_run", "run(size)"])
        try assertBadInput(["--workload", GILBenchBinary.fixture("syntax_error")], mentions: ["SyntaxError", "syntax_error.py"])
    }

    func testBadPythons() throws {
        try assertBadInput(["--python", "3.99"], mentions: ["no Python matches --python 3.99"])
        try assertBadInput(["--python", "/nonexistent/libpython3.13.so"], mentions: ["/nonexistent/libpython3.13.so", "no such file"])
        try assertBadInput(["--python", "banana"], mentions: ["--python", "banana"])
    }

    func testUnwritableOrUsedOutputFolder() throws {
        let invocation = try GILBenchBinary.run(["run", "--out", "/proc/gilbench", "--workload", GILBenchBinary.fixture("tiny"), "--workers", "1"])
        XCTAssertEqual(invocation.exitCode, 64)
        XCTAssertTrue(invocation.standardError.contains("cannot write results to /proc/gilbench"), invocation.standardError)

        let used = try GILBenchBinary.temporaryDirectory(self)
        try Data("keep me".utf8).write(to: used.appendingPathComponent("notes.txt"))
        let again = try GILBenchBinary.run(["run", "--out", used.path, "--workload", GILBenchBinary.fixture("tiny"), "--workers", "1"])
        XCTAssertEqual(again.exitCode, 64)
        XCTAssertTrue(again.standardError.contains("never overwrites"), again.standardError)
        XCTAssertEqual(try String(contentsOf: used.appendingPathComponent("notes.txt"), encoding: .utf8), "keep me")
    }

    func testZeroOrNegativeWallTimesInAResultFolderAreRefused() throws {
        let fixture = GILBenchBinary.repositoryRoot.appendingPathComponent("Tests/Fixtures/results/tiny")
        for value in ["0", "-1"] {
            let folder = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("tiny")
            try FileManager.default.copyItem(at: fixture, to: folder)
            let trials = folder.appendingPathComponent("trials.csv")
            var lines = try String(contentsOf: trials, encoding: .utf8).components(separatedBy: "\n")
            var fields = lines[1].components(separatedBy: ",")
            let column = try XCTUnwrap(lines[0].components(separatedBy: ",").firstIndex(of: "wall_seconds"))
            fields[column] = value
            lines[1] = fields.joined(separator: ",")
            try Data(lines.joined(separator: "\n").utf8).write(to: trials)
            let invocation = try GILBenchBinary.run(["compare", fixture.path, folder.path])
            XCTAssertEqual(invocation.exitCode, 64, "wall_seconds \(value): \(invocation.standardError)")
            let errorLines = invocation.standardError.split(separator: "\n")
            XCTAssertEqual(errorLines.count, 1, invocation.standardError)
            XCTAssertTrue(invocation.standardError.contains(trials.path) && invocation.standardError.contains("line 2, column 'wall_seconds': '\(value)'"),
                          invocation.standardError)
        }
    }
}

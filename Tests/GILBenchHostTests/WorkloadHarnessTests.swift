// WorkloadHarnessTests: the one-line Python calls the host builds, and the literal encoder that keeps paths data.
import Foundation
@testable import GILBenchHost
import XCTest

final class WorkloadHarnessTests: XCTestCase {
    /// The literal is a JSON string, so a JSON decoder must give back exactly the text, hostile characters included.
    func testLiteralRoundTripsEveryHostileCharacterAsJSON() throws {
        for text in ["", "plain", HostTestFixtures.hostileText, "\"); import os; os.system('x') #"] {
            let literal = WorkloadHarness.literal(text)
            let decoded = try JSONDecoder().decode([String].self, from: Data("[\(literal)]".utf8))
            XCTAssertEqual(decoded, [text], "literal \(literal)")
        }
    }

    func testLiteralHoldsNoRawControlCharacterOrUnescapedQuote() {
        let literal = WorkloadHarness.literal(HostTestFixtures.hostileText)
        XCTAssertTrue(literal.hasPrefix("\"") && literal.hasSuffix("\""))
        XCTAssertFalse(literal.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7f }, literal)
        // Between the enclosing quotes every quote is escaped.
        let inner = Array(literal.dropFirst().dropLast())
        for (index, character) in inner.enumerated() where character == "\"" {
            let backslashes = inner[..<index].reversed().prefix { $0 == "\\" }.count
            XCTAssertEqual(backslashes % 2, 1, "unescaped quote at \(index) in \(literal)")
        }
    }

    func testPrepareAndBindSharedPassPathArgumentsSizeAndInputBytes() {
        XCTAssertEqual(WorkloadHarness.prepare(path: "/w/a.py", size: 100),
                       "_gb_module, _gb_run, _gb_args = _gilbench_prepare(\"/w/a.py\", [], 100, None)\n")
        XCTAssertEqual(WorkloadHarness.prepare(path: "/w/a.py", size: 7, inputBytes: 1024, arguments: ["--n", "3"]),
                       "_gb_module, _gb_run, _gb_args = _gilbench_prepare(\"/w/a.py\", [\"--n\", \"3\"], 7, 1024)\n")
        XCTAssertEqual(WorkloadHarness.bindShared(path: "/w/a.py", arguments: [], size: 5, inputBytes: 16),
                       "_gb_module, _gb_run, _gb_args = _gilbench_bind_shared(\"/w/a.py\", [], 5, 16)\n")
    }

    func testLoadAndInnerWarmupAndDigest() {
        XCTAssertEqual(WorkloadHarness.load(path: "/w/bm.py", arguments: ["x"]), "_gilbench_load(\"/w/bm.py\", [\"x\"])")
        XCTAssertEqual(WorkloadHarness.innerWarmup(count: 3), "_gilbench_inner_warmup(_gb_run, _gb_args, 3)\n")
        XCTAssertEqual(WorkloadHarness.digest, "_gb_checksum, _gb_gil = _gilbench_digest(_gb_result)\n")
    }

    /// A hostile path stays one literal: the call still has exactly its four top-level arguments.
    func testHostilePathStaysOneArgument() {
        let call = WorkloadHarness.prepare(path: HostTestFixtures.hostileText, size: 1)
        XCTAssertTrue(call.hasPrefix("_gb_module, _gb_run, _gb_args = _gilbench_prepare(\(WorkloadHarness.literal(HostTestFixtures.hostileText)), [], 1, None)"))
        XCTAssertEqual(call.filter { $0 == "\n" }.count, 1, "only the terminating newline")
    }

    /// Every function the calls above name is defined by the embedded harness the host executes first.
    func testSourceDefinesEveryFunctionTheCallsUse() {
        for name in ["_gilbench_prepare", "_gilbench_bind_shared", "_gilbench_load", "_gilbench_inner_warmup",
                     "_gilbench_digest", "_gilbench_module_facts", "_gilbench_time_direct", "_gilbench_args"] {
            XCTAssertTrue(WorkloadHarness.source.contains("def \(name)("), "\(name) is not defined in the harness")
        }
    }

    /// The built calls parse as Python where a python3 is on PATH (skipped, and says so, where none is).
    func testCallsParseAsPython() throws {
        let calls = [
            WorkloadHarness.prepare(path: HostTestFixtures.hostileText, size: 3, inputBytes: 8, arguments: [HostTestFixtures.hostileText]),
            WorkloadHarness.bindShared(path: HostTestFixtures.hostileText, arguments: ["a"], size: 3),
            WorkloadHarness.load(path: HostTestFixtures.hostileText, arguments: []) + "\n",
            WorkloadHarness.innerWarmup(count: 2), WorkloadHarness.digest,
            "f(" + PoolTrial.commonArguments(HostTestFixtures.spec(
                strategy: .threadPool, workload: HostTestFixtures.workload(path: HostTestFixtures.hostileText))) + ")\n",
        ]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import ast, json, sys\nfor c in json.load(sys.stdin): ast.parse(c)"]
        let input = Pipe()
        process.standardInput = input
        process.standardError = Pipe()
        do { try process.run() } catch { throw XCTSkip("no python3 on PATH to parse the calls with") }
        input.fileHandleForWriting.write(try JSONEncoder().encode(calls))
        input.fileHandleForWriting.closeFile()
        process.waitUntilExit()
        if process.terminationStatus == 127 { throw XCTSkip("no python3 on PATH to parse the calls with") }
        XCTAssertEqual(process.terminationStatus, 0, "a call did not parse as Python: \(calls)")
    }
}

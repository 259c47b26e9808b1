// HarnessChannelEndToEndTests: a workload that closes or writes low descriptors cannot break the harness's channel.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import XCTest

final class HarnessChannelEndToEndTests: XCTestCase {
    private func summary(_ arguments: [String]) throws -> (Invocation, [[String: String]]) {
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        let invocation = try GILBenchBinary.run(["run", "--out", out.path] + arguments)
        let rows = try ResultFolderReader.table(out.appendingPathComponent("trials.csv"), columns: TrialsCSVExporter.columns)
        return (invocation, rows)
    }

    func testClosingAndWritingDescriptorThreeLeavesEveryRowCorrect() throws {
        let (invocation, trials) = try summary([
            "--workload", GILBenchBinary.fixture("closes_fds"), "--strategy", "threads,processes",
            "--workers", "1,2", "--repeat", "1", "--warmup", "0"])
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        XCTAssertEqual(trials.count, 4)
        XCTAssertEqual(Set(trials.map { $0["status"]! }), ["ok"], "\(trials.map { $0["message"]! })")
        XCTAssertEqual(Set(trials.map { $0["checksum_ok"]! }), ["true"])
    }

    func testClosingTheChannelItselfIsNamedInTheRow() throws {
        let (invocation, trials) = try summary([
            "--workload", GILBenchBinary.fixture("closes_all_fds"), "--strategy", "threads,processes",
            "--workers", "1", "--repeat", "1", "--warmup", "0", "--timeout", "20"])
        XCTAssertEqual(invocation.exitCode, 1, invocation.standardError)
        XCTAssertFalse(trials.isEmpty)
        for trial in trials {
            XCTAssertEqual(trial["status"], "error", trial["message"]!)
            XCTAssertTrue(trial["message"]!.contains("closed or replaced the harness's private descriptor"), trial["message"]!)
        }
    }
}

// MergeEndToEndTests: two result folders of "two machines" (one real run, and a copy whose metadata names another
// host and CPU) merged by the built binary, then read by plot, history and compare, which refuse mixing CPU models
// unless asked; a conflict on one machine is refused.
import Foundation
import GILBenchCore
import GILBenchExport
import XCTest

final class MergeEndToEndTests: XCTestCase {
    /// A real tiny run, and a copy of it that claims another machine.
    private func twoMachines(_ folder: URL) throws -> (python: String, local: URL, other: URL, host: String) {
        let python = try GILBenchBinary.python(minor: 13).version
        let local = folder.appendingPathComponent("local")
        let run = try GILBenchBinary.run(["run", "--python", python, "--workload", GILBenchBinary.fixture("tiny"), "--strategy", "threads,processes",
                                          "--workers", "1,2", "--repeat", "2", "--warmup", "0", "--out", local.path])
        XCTAssertEqual(run.exitCode, 0, run.standardError)
        let other = folder.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        for name in ["trials.csv", "workers.csv", "summary.csv"] {
            try FileManager.default.copyItem(at: local.appendingPathComponent(name), to: other.appendingPathComponent(name))
        }
        var metadata = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: local.appendingPathComponent("metadata.json"))) as? [String: Any])
        var machine = try XCTUnwrap(metadata["machine"] as? [String: Any])
        let host = (machine["hostname"] as? String ?? "") + "-twin"
        machine["hostname"] = host
        machine["cpu_model"] = "Imaginary CPU 9000"
        machine["cpu_count"] = 16
        metadata["machine"] = machine
        try JSONSerialization.data(withJSONObject: metadata).write(to: other.appendingPathComponent("metadata.json"))
        return (python, local, other, host)
    }

    func testMergedCampaignIsReadByPlotHistoryAndCompare() throws {
        if Gnuplot.locate() == nil {
            if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("CI must have gnuplot (apt-get install gnuplot-nox)") }
            throw XCTSkip("gnuplot is not installed")
        }
        let folder = try GILBenchBinary.temporaryDirectory(self)
        let (python, local, other, host) = try twoMachines(folder)
        let campaign = folder.appendingPathComponent("campaign")

        let merge = try GILBenchBinary.run(["merge", local.path, other.path, "--out", campaign.path])
        XCTAssertEqual(merge.exitCode, 0, merge.standardError)
        XCTAssertTrue(merge.standardOutput.contains("merged 2 run(s) of 2 machine(s)"), merge.standardOutput)
        let manifest = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: campaign.appendingPathComponent("campaign.json"))) as? [String: Any])
        XCTAssertEqual(manifest["format_version"] as? Int, GILBenchVersion.resultFormat)
        XCTAssertEqual((manifest["machines"] as? [[String: Any]])?.compactMap { $0["cpu_model"] as? String }.last, "Imaginary CPU 9000")

        let plot = try GILBenchBinary.run(["plot", campaign.path])
        XCTAssertEqual(plot.exitCode, 0, plot.standardError)
        let report = try String(contentsOf: campaign.appendingPathComponent("report.md"), encoding: .utf8)
        XCTAssertTrue(report.contains("Imaginary CPU 9000") && report.contains("| tiny |"), report)
        let members = try FileManager.default.contentsOfDirectory(atPath: campaign.path).filter {
            FileManager.default.fileExists(atPath: campaign.appendingPathComponent("\($0)/metadata.json").path)
        }
        XCTAssertEqual(members.count, 2, "\(members)")
        let pngs = members.flatMap { member in
            ((try? FileManager.default.contentsOfDirectory(atPath: campaign.appendingPathComponent("\(member)/plots").path)) ?? []).filter { $0.hasSuffix(".png") }
        }
        XCTAssertGreaterThanOrEqual(pngs.count, 2 * 4, "each run has its speedup, wall, efficiency and set-up charts: \(pngs)")
        let twin = try XCTUnwrap(members.first { $0.hasPrefix(Campaign.fileSafe(host)) })
        let twinChart = try String(contentsOf: campaign.appendingPathComponent("\(twin)/plots/speedup-tiny-py\(python).gp"), encoding: .utf8)
        XCTAssertTrue(twinChart.contains("machine = '\(host) (Imaginary CPU 9000, 16 cores)'"), "charts label their machine")

        let refused = try history(campaign, folder.appendingPathComponent("h0"), [])
        XCTAssertEqual(refused.exitCode, 64, refused.standardError)
        XCTAssertTrue(refused.standardError.contains("--allow-cross-machine"), refused.standardError)
        XCTAssertEqual(refused.standardError.split(separator: "\n").count, 1, "one line: \(refused.standardError)")

        let drawn = try history(campaign, folder.appendingPathComponent("h1"), ["--allow-cross-machine"])
        XCTAssertEqual(drawn.exitCode, 0, drawn.standardError)
        let csv = try String(contentsOf: folder.appendingPathComponent("h1/history-tiny.csv"), encoding: .utf8)
        XCTAssertTrue(csv.contains("\(python) \(host) ") && csv.contains("Imaginary CPU 9000"), csv)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("h1/history-tiny.png").path))
        let one = try history(campaign, folder.appendingPathComponent("h2"), ["--machine", "imaginary"])
        XCTAssertEqual(one.exitCode, 0, one.standardError)

        let crossCompare = try GILBenchBinary.run(["compare", local.path, other.path])
        XCTAssertEqual(crossCompare.exitCode, 64, crossCompare.standardError)
        XCTAssertTrue(crossCompare.standardError.contains("different CPU models"), crossCompare.standardError)
        let allowed = try GILBenchBinary.run(["compare", local.path, other.path, "--allow-cross-machine"])
        // Accepted: a verdict (0, 2) or, with these few trials, "inconclusive" (3); never a refusal (64).
        XCTAssertTrue([0, 2, 3].contains(allowed.exitCode), allowed.standardError)
        let ambiguous = try GILBenchBinary.run(["compare", campaign.path, "--base-python", python, "--new-python", python])
        XCTAssertEqual(ambiguous.exitCode, 64, ambiguous.standardError)
        XCTAssertTrue(ambiguous.standardError.contains("--machine"), ambiguous.standardError)
        let picked = try GILBenchBinary.run(["compare", campaign.path, "--machine", host, "--base-python", python, "--new-python", python])
        XCTAssertTrue([0, 3].contains(picked.exitCode), "one machine picked: compared (no regression, or too few trials to tell): " + picked.standardError + picked.standardOutput)
        XCTAssertFalse(picked.standardError.contains("--machine"), picked.standardError)
    }

    func testConflictingRunsOfOneMachineAreRefused() throws {
        let folder = try GILBenchBinary.temporaryDirectory(self)
        let (_, local, _, _) = try twoMachines(folder)
        let copy = folder.appendingPathComponent("copy")
        try FileManager.default.copyItem(at: local, to: copy)
        let merge = try GILBenchBinary.run(["merge", local.path, copy.path, "--out", folder.appendingPathComponent("m").path])
        XCTAssertEqual(merge.exitCode, 64, merge.standardError)
        XCTAssertTrue(merge.standardError.contains("cannot merge") && merge.standardError.contains("tiny"), merge.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("m").path))
    }

    private func history(_ campaign: URL, _ out: URL, _ extra: [String]) throws -> Invocation {
        try GILBenchBinary.run(["history", campaign.path, "--out", out.path] + extra)
    }
}

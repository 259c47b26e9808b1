// CampaignTests: merge planning (machine ids, folder names, conflicts), file-safe names, machine matching and the
// cross-machine check.
import Foundation
import GILBenchCore
import XCTest

final class CampaignTests: XCTestCase {
    typealias F = TrialRecordFactory

    private func machine(_ host: String, _ cpu: String = "Test CPU", cores: Int = 2) -> MachineInfo {
        MachineInfo(hostname: host, cpuModel: cpu, cpuCount: cores, kernel: "Linux", loadAverage: [], memoryBytes: 1 << 30)
    }

    private func member(_ source: String, host: String, cpu: String = "Test CPU", runID: String = "run",
                        python: String = "3.13.5", workload: String = "work") -> Campaign.Member {
        let installation = F.python(python)
        let records = F.records(python: installation, workload: workload, workers: 1, walls: [0.1, 0.1])
            + F.records(python: installation, workload: workload, workers: 2, walls: [0.1, 0.1])
        let options = RunOptions(pythons: [installation], workloads: [records[0].spec.workload], strategies: [.threads],
                                 workerCounts: [1, 2], sizeOverride: nil, repeatCount: 2, warmupCount: 0, timeoutSeconds: 60,
                                 importSite: true)
        let metadata = RunMetadata(runID: runID, commandLine: ["gilbench"], startTime: Date(timeIntervalSince1970: 0),
                                   machine: machine(host, cpu), options: options, references: [])
        return Campaign.Member(source: source, metadata: metadata, records: records)
    }

    func testMachinesGetIdsAndRunsGetFolders() throws {
        let campaign = try Campaign.plan([
            member("/a", host: "web-1", runID: "2026-01-01T00-00-00Z"),
            member("/b", host: "web-2", runID: "2026-01-01T00-00-00Z"),
            member("/c", host: "web-1", cpu: "Other CPU", runID: "x"),
            member("/d", host: "web-1", runID: "y", python: "3.12.1"),
        ])
        XCTAssertEqual(campaign.machines.map(\.id), ["web-1", "web-2", "web-1-2"], "same host, another CPU: another machine")
        XCTAssertEqual(campaign.runs.map(\.machineID), ["web-1", "web-2", "web-1-2", "web-1"])
        XCTAssertEqual(campaign.runs.map(\.folder), ["web-1_2026-01-01T00-00-00Z", "web-2_2026-01-01T00-00-00Z", "web-1-2_x", "web-1_y"])
        XCTAssertEqual(campaign.runs[3].pythons, ["3.12.1"])
        XCTAssertEqual(campaign.formatVersion, GILBenchVersion.resultFormat)
    }

    func testSamePointOfOneMachineConflictsButNotAcrossMachines() {
        XCTAssertNoThrow(try Campaign.plan([member("/a", host: "h1"), member("/b", host: "h2")]))
        XCTAssertNoThrow(try Campaign.plan([member("/a", host: "h1"), member("/b", host: "h1", workload: "other")]))
        XCTAssertThrowsError(try Campaign.plan([member("/a", host: "h1"), member("/b", host: "h1", runID: "later")])) { error in
            guard case let GILBenchError.mergeConflict(point, first, second)? = error as? GILBenchError else {
                return XCTFail("expected mergeConflict, got \(error)")
            }
            XCTAssertEqual([first, second], ["/a", "/b"])
            XCTAssertTrue(point.contains("3.13.5 work size 100 threads x1"), point)
            XCTAssertFalse((error as? GILBenchError)?.description.contains("\n") ?? true, "one line")
        }
    }

    func testHostileNamesBecomeOnePlainFileName() {
        for hostile in ["../../etc", "a/b", "", ".", "..", "x\ny", "naïve host", String(repeating: "h", count: 300)] {
            let safe = Campaign.fileSafe(hostile)
            XCTAssertFalse(safe.isEmpty)
            XCTAssertFalse(safe.contains("/"), safe)
            XCTAssertFalse(safe.hasPrefix("."), safe)
            XCTAssertTrue(safe.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }, safe)
            XCTAssertLessThanOrEqual(safe.count, 100)
        }
        XCTAssertEqual(Campaign.fileSafe("web-3.example"), "web-3.example")
    }

    func testMachineMatchingAndCrossMachineProblem() {
        let epyc = machine("build-7", "AMD EPYC 7B13 64-Core Processor")
        XCTAssertTrue(epyc.matches("build-7"))
        XCTAssertTrue(epyc.matches("epyc"))
        XCTAssertFalse(epyc.matches("build"), "a host name must match whole")
        XCTAssertFalse(epyc.matches(" "))
        XCTAssertEqual(epyc.displayName, "build-7 (AMD EPYC 7B13 64-Core Processor, 2 cores)")
        XCTAssertNil(MachineInfo.crossMachineProblem([epyc, machine("build-8", epyc.cpuModel, cores: 16)]),
                     "same CPU model on another host (or core count) is comparable")
        let problem = MachineInfo.crossMachineProblem([epyc, machine("xeon-1", "Intel Xeon")])
        XCTAssertEqual(problem, "build-7 (AMD EPYC 7B13 64-Core Processor, 2 cores) and xeon-1 (Intel Xeon, 2 cores) have different CPU models")
        let message = GILBenchError.crossMachine(problem: problem ?? "", command: "compare").description
        XCTAssertTrue(message.contains("--allow-cross-machine") && message.contains("--machine"), message)
    }

    func testHistoryLabelsNameMachinesOnlyAcrossMachines() {
        let python = F.python("3.13.5")
        let summary = Summarizer.summarize(F.records(python: python, walls: [0.1]))
        func entry(_ host: String, _ start: String) -> HistoryEntry {
            HistoryEntry.entries(runID: start, startTime: start, pythons: [python], summary: summary, machine: machine(host))[0]
        }
        let one = HistoryEntry.labellingMachines([entry("a", "2026-01-01T00:00:00Z"), entry("a", "2026-01-02T00:00:00Z")])
        XCTAssertEqual(one.map(\.label), ["3.13.5 2026-01-01 00:00", "3.13.5 2026-01-02 00:00"])
        let two = HistoryEntry.labellingMachines([entry("b", "2026-01-01T00:00:00Z"), entry("a", "2026-01-02T00:00:00Z"),
                                                  entry("b", "2026-01-03T00:00:00Z")])
        let ordered = HistoryEntry.ordered(two, by: .date)
        XCTAssertEqual(ordered.map(\.label), ["3.13.5 a 2026-01-02 00:00", "3.13.5 b 2026-01-01 00:00", "3.13.5 b 2026-01-03 00:00"],
                       "grouped by machine, by date within")
    }
}

// CampaignFolderTests: merging run folders of two machines into one folder that the readers take, refusing a conflict,
// a used output folder and symlinked files, and the campaign report.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import GILBenchTestSupport
import XCTest

final class CampaignFolderTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("gilbench-campaign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    /// ExportFixtures' run as measured on `host` with `cpu`, saved into root/name.
    private func runFolder(_ name: String, host: String, cpu: String = "Test CPU", runID: String = "r") throws -> URL {
        let fixture = ExportFixtures.results()
        let machine = MachineInfo(hostname: host, cpuModel: cpu, cpuCount: 4, kernel: "Linux", loadAverage: [], memoryBytes: 1 << 30)
        let metadata = RunMetadata(runID: runID, commandLine: ["gilbench", "run"], startTime: Date(timeIntervalSince1970: 0),
                                   machine: machine, options: fixture.metadata.options, references: [])
        let folder = root.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try ResultStore(directory: folder).save(RunResults(metadata: metadata, records: fixture.records))
        return folder
    }

    func testMergeTwoMachinesThenReadEveryRun() throws {
        let a = try runFolder("a", host: "alpha")
        let b = try runFolder("b", host: "beta/../x", cpu: "Other CPU")
        let out = root.appendingPathComponent("merged", isDirectory: true)
        let campaign = try CampaignFolder.merge([a, b], into: out)
        XCTAssertEqual(campaign.machines.map(\.id), ["alpha", "beta_.._x"])
        XCTAssertEqual(campaign.runs.map(\.folder), ["alpha_r", "beta_.._x_r"])
        XCTAssertTrue(CampaignFolder.isCampaign(out))
        XCTAssertEqual(try CampaignFolder.manifest(out), campaign, "campaign.json round-trips")
        let folders = try ResultFolderReader.runFolders([out])
        XCTAssertEqual(folders.map(\.lastPathComponent), ["alpha_r", "beta_.._x_r"])
        for (folder, source) in zip(folders, [a, b]) {
            let merged = try ResultFolderReader.load(folder)
            let original = try ResultFolderReader.load(source)
            XCTAssertEqual(merged.summary, original.summary, "every row comes through unchanged")
            XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("trials.csv")),
                           try Data(contentsOf: source.appendingPathComponent("trials.csv")))
        }
        // A campaign merges again with a third machine.
        let c = try runFolder("c", host: "gamma")
        let again = try CampaignFolder.merge([out, c], into: root.appendingPathComponent("again"))
        XCTAssertEqual(again.machines.map(\.id), ["alpha", "beta_.._x", "gamma"])
    }

    func testConflictUsedOutputAndSymlinksAreRefused() throws {
        let a = try runFolder("a", host: "alpha")
        let twin = try runFolder("twin", host: "alpha", runID: "r2")
        XCTAssertThrowsError(try CampaignFolder.merge([a, twin], into: root.appendingPathComponent("m1"))) { error in
            guard case GILBenchError.mergeConflict? = error as? GILBenchError else { return XCTFail("got \(error)") }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("m1").path), "nothing written on a conflict")
        XCTAssertThrowsError(try CampaignFolder.merge([a], into: a)) { error in
            guard case GILBenchError.outputNotWritable? = error as? GILBenchError else { return XCTFail("got \(error)") }
        }
        // A report.md that is a symlink to a file elsewhere is not copied.
        let secret = root.appendingPathComponent("secret.txt")
        try Data("secret".utf8).write(to: secret)
        try FileManager.default.createSymbolicLink(at: a.appendingPathComponent("report.md"), withDestinationURL: secret)
        let out = root.appendingPathComponent("m2")
        _ = try CampaignFolder.merge([a], into: out)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("alpha_r/report.md").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("alpha_r/trials.csv").path))
    }

    func testCampaignReportListsMachinesAndSpeedups() throws {
        let a = try runFolder("a", host: "alpha|pipe")
        let b = try runFolder("b", host: "beta", cpu: "Other CPU")
        let out = root.appendingPathComponent("merged")
        let campaign = try CampaignFolder.merge([a, b], into: out)
        var runs: [String: RunResults] = [:]
        for folder in try ResultFolderReader.runFolders([out]) { runs[folder.lastPathComponent] = try ResultFolderReader.load(folder) }
        let text = CampaignReportExporter.markdown(campaign, runs: runs)
        XCTAssertTrue(text.contains("| alpha_pipe | alpha\\|pipe | Test CPU | 4 |"), text)
        XCTAssertTrue(text.contains("(beta_r/report.md)"), text)
        // ExportFixtures: threads take 0.1 s per worker (speedup 1), processes 0.1 s flat (speedup 2 at 2 workers).
        XCTAssertTrue(text.contains("| machine | Python | workload | threads | processes |"), "only the strategies some run measured: \(text)")
        XCTAssertTrue(text.contains("| beta | 3.13.0 | nbody | 1.00 (x2) | 2.00 (x2) |"), text)
    }
}

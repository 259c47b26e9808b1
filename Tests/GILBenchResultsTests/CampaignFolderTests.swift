// CampaignFolderTests: merging run folders of two machines into one folder that the readers take, refusing a conflict,
// a used output folder and symlinked files.
import Foundation
import GILBenchCore
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

    private func runFolder(_ name: String, host: String, cpu: String = "Test CPU", runID: String = "r") throws -> URL {
        try ExportFixtures.runFolder(in: root, name, host: host, cpu: cpu, runID: runID)
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
}

// CampaignReportExporterTests: the report of a merged folder lists its machines and each run's speedups.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import GILBenchTestSupport
import XCTest

final class CampaignReportExporterTests: XCTestCase {
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

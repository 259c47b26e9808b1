// CampaignReportExporterTests: the report of a merged folder lists its machines and each run's speedups.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import GILBenchTestSupport
import XCTest

final class CampaignReportExporterTests: XCTestCase {
    func testCampaignReportListsMachinesAndSpeedups() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gilbench-campaign-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let a = try ExportFixtures.runFolder(in: root, "a", host: "alpha|pipe")
        let b = try ExportFixtures.runFolder(in: root, "b", host: "beta", cpu: "Other CPU")
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

// ReportPublisher+HostileTests: values built in process (not read from a checked folder) are still encoded, and the
// replacement is reported; a run id or CPU model with a line break cannot add a statement to a chart script.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import XCTest

final class ReportPublisherHostileTests: XCTestCase {
    func testControlCharactersAreReplacedAndReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gilbench-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = ChartFixtures.results()
        let old = fixture.metadata
        let machine = MachineInfo(hostname: "h", cpuModel: "AMD EPYC\nsystem(\"touch /tmp/x\")\n", cpuCount: 2, kernel: "k",
                                  loadAverage: [0], memoryBytes: 1)
        let metadata = RunMetadata(runID: "run\nsystem(\"touch /tmp/x\")", commandLine: ["gilbench", "run", "<b>```"], startTime: Date(),
                                   machine: machine, options: old.options, references: old.references)
        let plots = ChartDefinitions.builtIn
        let publication = try ReportPublisher.publish(RunResults(metadata: metadata, records: fixture.records), in: folder,
                                                      definitions: .success(plots), gnuplot: nil)
        XCTAssertTrue(publication.warnings.contains { $0.contains("control characters in machine replaced (U+000A at 8, U+000A at 31)") },
                      "\(publication.warnings)")
        for chart in publication.charts {
            let script = try String(contentsOf: publication.chartsDirectory.appendingPathComponent(chart.scriptName), encoding: .utf8)
            XCTAssertFalse(script.split(separator: "\n").contains { $0.hasPrefix("system(") }, chart.scriptName)
            XCTAssertTrue(script.contains("for run run\u{FFFD}system(\"touch /tmp/x\")."), chart.scriptName)
        }
        let report = try String(contentsOf: publication.reportURL, encoding: .utf8)
        XCTAssertTrue(report.contains("# gilbench report: run system(\"touch /tmp/x\")\n"), report)
        XCTAssertTrue(report.contains("````sh\ngilbench run '<b>```'\n````"), report)
    }
}

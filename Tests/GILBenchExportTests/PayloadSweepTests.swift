// PayloadSweepTests: --input-bytes variants become payload.csv points and one payload chart per workload.
import Foundation
import GILBenchCore
@testable import GILBenchExport
import GILBenchResults
import GILBenchTestSupport
import XCTest

final class PayloadSweepTests: XCTestCase {
    private func results() -> RunResults {
        let python = ExportFixtures.python
        let base = Workload(name: "words", path: "/b/words.py", summary: "", builtIn: true)
        let variants = [1024, 1 << 20].map(base.withInputBytes)
        let plain = Workload(name: "plain", path: "/b/plain.py", summary: "", builtIn: true)
        let options = RunOptions(pythons: [python], workloads: variants + [plain], strategies: [.threads, .processPool],
                                 workerCounts: [1, 2], sizeOverride: nil, repeatCount: 1, warmupCount: 0,
                                 timeoutSeconds: 60, importSite: true)
        let machine = MachineInfo(hostname: "h", cpuModel: "CPU", cpuCount: 2, kernel: "Linux", loadAverage: [0, 0, 0], memoryBytes: 1 << 30)
        let metadata = RunMetadata(runID: "r", commandLine: ["gilbench"], startTime: Date(timeIntervalSince1970: 0),
                                   machine: machine, options: options, references: [])
        var records: [TrialRecord] = []
        for workload in options.workloads {
            for strategy in options.strategies {
                for workers in [1, 2] {
                    let wall = 0.5 * Double(workload.inputBytes ?? 1024) / 1_048_576 + 0.01
                    records.append(TrialRecord(
                        spec: TrialSpec(python: python, workload: workload, size: 1, strategy: strategy, workers: workers,
                                        repetition: 1, warmup: false, importSite: true),
                        status: .ok, setupSeconds: 0.01, wallSeconds: wall, teardownSeconds: 0, checksumOK: true, message: "",
                        workers: []))
                }
            }
        }
        return RunResults(metadata: metadata, records: records)
    }

    func testVariantsBecomeOrderedPointsOfTheirBaseWorkload() {
        let points = PayloadSweep.points(results())
        XCTAssertEqual(points.count, 2 * 2 * 2, "2 sizes x 2 strategies x 2 worker counts; 'plain' has no payload")
        XCTAssertEqual(Set(points.map(\.workload)), ["words"])
        XCTAssertEqual(points.prefix(2).map(\.inputBytes), [1024, 1 << 20], "ascending size within a series")
        let point = points.first { $0.inputBytes == 1 << 20 && $0.workers == 2 }!
        XCTAssertEqual(point.bytesPerSecond, 2.0 * 1_048_576 / 0.51, accuracy: 1e-6)
    }

    func testOnePayloadChartPerSweptWorkloadAtTheLargestWorkerCount() throws {
        let charts = ChartPlan.charts(for: results()).filter { $0.kind == .payload }
        XCTAssertEqual(charts.map(\.name), ["payload-words-py3.13.0"])
        XCTAssertTrue(charts[0].parameters.contains(.number("workers", 2)))
        let csv = String(decoding: try PayloadCSVExporter().export(results()), as: UTF8.self)
        XCTAssertTrue(csv.hasPrefix(PayloadCSVExporter.columns.joined(separator: ",") + "\n"))
        XCTAssertTrue(csv.contains(",words,1048576,1M,process-pool,2,"), csv)
        XCTAssertTrue(ChartPlan.charts(for: ExportFixtures.results()).allSatisfy { $0.kind != .payload })
    }
}

// FidelitySectionTransferTests: the Fidelity section's API line and transfer table for a Python-level twin, and the
// format-2 transfer/compute columns surviving a write and a read (and being empty, not an error, in a format-1 folder).
import Foundation
import GILBenchCore
@testable import GILBenchExport
import GILBenchResults
import GILBenchTestSupport
import XCTest

final class FidelitySectionTransferTests: XCTestCase {
    /// threads and thread-pool at 1 and 2 workers; thread-pool 25% slower, with transfers.
    private func results(workload: String = "nbody") -> RunResults {
        let python = ExportFixtures.python
        let load = Workload(name: workload, path: "/b/\(workload).py", summary: "", builtIn: false)
        let options = RunOptions(pythons: [python], workloads: [load], strategies: [.threads, .threadPool],
                                 workerCounts: [1, 2], sizeOverride: nil, repeatCount: 1, warmupCount: 0,
                                 timeoutSeconds: 60, importSite: true)
        let machine = MachineInfo(hostname: "h", cpuModel: "CPU", cpuCount: 2, kernel: "Linux", loadAverage: [0, 0, 0], memoryBytes: 1 << 30)
        let metadata = RunMetadata(runID: "r", commandLine: ["gilbench"], startTime: Date(timeIntervalSince1970: 0),
                                   machine: machine, options: options, references: [])
        var records: [TrialRecord] = []
        for strategy in [Strategy.threads, .threadPool] {
            for workers in [1, 2] {
                let pool = strategy == .threadPool
                let wall = 0.1 * Double(workers) * (pool ? 1.25 : 1)
                let samples = (0..<workers).map {
                    WorkerSample(index: $0, pid: 7, interpreterID: 0, startSeconds: pool ? 0.002 : 0, endSeconds: wall - (pool ? 0.004 : 0),
                                 checksum: "0x2a", error: nil, transferInSeconds: pool ? 0.002 : nil, transferOutSeconds: pool ? 0.004 : nil)
                }
                records.append(TrialRecord(
                    spec: TrialSpec(python: python, workload: load, size: 1, strategy: strategy, workers: workers, repetition: 1,
                                    warmup: false, importSite: true),
                    status: .ok, setupSeconds: 0.01, wallSeconds: wall, teardownSeconds: 0.001, checksumOK: true,
                    message: pool ? "API: concurrent.futures.ThreadPoolExecutor" : "", workers: samples,
                    computeSeconds: wall - (pool ? 0.004 : 0)))
            }
        }
        return RunResults(metadata: metadata, records: records)
    }

    func testTheTwinsAPIAndTransferTimesStandUnderItsRatios() throws {
        let run = results()
        let points = Fidelity.points(run.records)
        XCTAssertEqual(points.map(\.workers), [1, 2])
        for point in points {
            XCTAssertEqual(point.twin, .threadPool)
            XCTAssertEqual(point.strategy, .threads)
            XCTAssertEqual(point.ratio, 1.25, accuracy: 1e-9)
        }
        let transfers = FidelitySection.transfers(run.summary)
        XCTAssertEqual(transfers.map(\.workers), [1, 2])
        XCTAssertEqual(transfers.first?.inSeconds ?? -1, 0.002, accuracy: 1e-12)
        XCTAssertEqual(transfers.first?.outSeconds ?? -1, 0.004, accuracy: 1e-12)
        let text = FidelitySection.markdown(run)
        XCTAssertTrue(text.contains("### Python 3.13.0: thread-pool / threads\n"), text)
        XCTAssertTrue(text.contains("| nbody | **1.25**<br>– | **1.25**<br>– |"), text)
        XCTAssertTrue(text.contains("\nthread-pool ran concurrent.futures.ThreadPoolExecutor.\n"), text)
        XCTAssertTrue(text.contains("| thread-pool in / out ms | 1 worker | 2 workers |\n|---|---:|---:|\n| nbody | 2.00 / 4.00 | 2.00 / 4.00 |\n"), text)
        let report = String(decoding: try ReportMarkdownExporter(charts: [], rendered: [], problems: []).export(run), as: UTF8.self)
        XCTAssertTrue(report.contains(text), "the report holds the section")
        XCTAssertFalse(report.contains("Python-level APIs vs the C API"), "the old table is folded into Fidelity")
        XCTAssertEqual(FidelitySection.markdown(ExportFixtures.results()), "", "no Python-level strategy, no section")
    }

    func testHostileWorkloadNamesAndAPINotesStayText() {
        var run = results(workload: "a|b<script>\nc")
        run = RunResults(metadata: run.metadata, records: run.records.map { record in
            TrialRecord(spec: record.spec, status: record.status, setupSeconds: record.setupSeconds, wallSeconds: record.wallSeconds,
                        teardownSeconds: record.teardownSeconds, checksumOK: record.checksumOK,
                        message: record.message.isEmpty ? "" : "API: <img src=x>|`x`\n# y", workers: record.workers,
                        computeSeconds: record.computeSeconds)
        })
        let text = FidelitySection.markdown(run)
        XCTAssertFalse(text.contains("<script>") || text.contains("<img"), text)
        XCTAssertTrue(text.contains("a\\|b&lt;script&gt;"), text)
        XCTAssertFalse(text.contains("\n# y"), "a line break in a note starts no heading: \(text)")
    }

    func testTransferAndComputeColumnsRoundTripAndFormat1FoldersReadAsMissing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("api-cost-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let store = try ResultStore.create(parent: folder, runID: "run", explicit: nil)
        let original = results()
        try store.save(original)
        let loaded = try ResultFolderReader.load(store.directory)
        XCTAssertEqual(loaded.records.map(\.computeSeconds), original.records.map(\.computeSeconds))
        XCTAssertEqual(loaded.records.flatMap(\.workers).map(\.transferInSeconds), original.records.flatMap(\.workers).map(\.transferInSeconds))
        XCTAssertEqual(loaded.summary, original.summary)

        // Format 1: the same folder without the format-2 columns.
        for (name, extra) in [("trials.csv", TrialsCSVExporter.format2Columns), ("workers.csv", WorkersCSVExporter.format2Columns)] {
            let url = store.directory.appendingPathComponent(name)
            let rows = CSVFormat.parse(try String(contentsOf: url, encoding: .utf8))
            let keep = rows[0].indices.filter { !extra.contains(rows[0][$0]) }
            let text = rows.map { row in CSVFormat.line(keep.map { row[$0] }) }.joined(separator: "\n") + "\n"
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let old = try ResultFolderReader.load(store.directory)
        XCTAssertEqual(old.records.count, original.records.count)
        XCTAssertTrue(old.records.allSatisfy { $0.computeSeconds == nil })
        XCTAssertTrue(old.records.flatMap(\.workers).allSatisfy { $0.transferInSeconds == nil && $0.transferOutSeconds == nil })
        XCTAssertNil(old.summary.first?.compute)
    }

    func testTheReferenceRunStillLoads() throws {
        let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Results/reference")
        guard FileManager.default.fileExists(atPath: reference.appendingPathComponent("metadata.json").path) else {
            throw XCTSkip("no Results/reference in this checkout")
        }
        let loaded = try ResultFolderReader.load(reference)
        XCTAssertFalse(loaded.records.isEmpty)
        XCTAssertTrue(loaded.records.allSatisfy { $0.computeSeconds == nil })
        XCTAssertTrue(FidelitySection.transfers(loaded.summary).isEmpty)
    }
}

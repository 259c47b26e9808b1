// TrialsFormat2ColumnsTests: trials.csv's format-2 columns (gil_enabled, host_warmup_seconds) and metadata's
// thread_module round-trip, and a format-1 folder reads them as missing.
import Foundation
import GILBenchCore
import GILBenchResults
import GILBenchTestSupport
import XCTest

final class TrialsFormat2ColumnsTests: XCTestCase {
    private func results(gil: [Bool?], warmup: Double?) -> RunResults {
        let original = ExportFixtures.results()
        let options = original.metadata.options
        let privateOptions = RunOptions(
            pythons: options.pythons, workloads: options.workloads, strategies: options.strategies,
            workerCounts: options.workerCounts, sizeOverride: nil, repeatCount: options.repeatCount,
            warmupCount: options.warmupCount, timeoutSeconds: options.timeoutSeconds, importSite: true,
            threadModule: .private, innerWarmupCount: 2)
        let metadata = RunMetadata(runID: "r", commandLine: ["gilbench"], startTime: Date(timeIntervalSince1970: 0),
                                   machine: original.metadata.machine, options: privateOptions, references: [])
        let records = original.records.enumerated().map { index, record in
            TrialRecord(spec: record.spec, status: record.status, setupSeconds: record.setupSeconds,
                        wallSeconds: record.wallSeconds, teardownSeconds: record.teardownSeconds,
                        checksumOK: record.checksumOK, message: record.message, workers: record.workers,
                        gilEnabled: gil[index % gil.count], hostWarmupSeconds: record.spec.strategy == .threads ? warmup : nil)
        }
        return RunResults(metadata: metadata, records: records)
    }

    func testGILStateAndHostWarmUpRoundTrip() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("format2-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        let store = try ResultStore.create(parent: directory, runID: "run", explicit: nil)
        let original = results(gil: [true, false, nil], warmup: 0.25)
        try store.save(original)

        let text = try String(contentsOf: store.directory.appendingPathComponent("trials.csv"), encoding: .utf8)
        let header = try XCTUnwrap(CSVFormat.parse(text).first)
        XCTAssertTrue(header.contains("gil_enabled") && header.contains("host_warmup_seconds"), "\(header)")

        let loaded = try ResultFolderReader.load(store.directory)
        XCTAssertEqual(loaded.records.map(\.gilEnabled), original.records.map(\.gilEnabled))
        XCTAssertEqual(loaded.records.map(\.hostWarmupSeconds), original.records.map(\.hostWarmupSeconds))
        XCTAssertEqual(loaded.metadata.options.threadModule, .private)
        XCTAssertEqual(loaded.metadata.options.innerWarmupCount, 2)
        XCTAssertEqual(Set(loaded.records.map(\.spec.threadModule)), [.private])
    }

    func testAFormat1FolderReadsTheNewValuesAsMissing() throws {
        let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Results/reference")
        let loaded = try ResultFolderReader.load(reference)
        XCTAssertEqual(loaded.metadata.formatVersion, 1)
        XCTAssertFalse(loaded.records.isEmpty)
        XCTAssertTrue(loaded.records.allSatisfy { $0.gilEnabled == nil && $0.hostWarmupSeconds == nil })
        XCTAssertNil(loaded.metadata.options.threadModule)
        XCTAssertEqual(loaded.metadata.options.threadModuleInEffect, .private, "format-1 threads loaded a private module per thread")
        XCTAssertTrue(loaded.metadata.options.pythons.allSatisfy { $0.includeDirectory == nil })
    }
}

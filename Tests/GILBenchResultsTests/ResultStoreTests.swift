// ResultStoreTests: the run folder's files, their columns, and reading them back.
import Foundation
import GILBenchCore
import GILBenchResults
import GILBenchTestSupport
import XCTest

final class ResultStoreTests: XCTestCase {
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testTrialsCSVHasTheDocumentedColumnsAndOneRowPerTrial() throws {
        let results = ExportFixtures.results()
        let text = String(decoding: try TrialsCSVExporter().export(results), as: UTF8.self)
        let rows = CSVFormat.parse(text)
        XCTAssertEqual(rows.first, TrialsCSVExporter.columns)
        for column in ["python_version", "workload", "strategy", "workers", "repetition", "status", "setup_seconds",
                       "wall_seconds", "teardown_seconds", "checksum_ok", "message"] {
            XCTAssertTrue(TrialsCSVExporter.columns.contains(column), column)
        }
        XCTAssertEqual(rows.count, results.records.count + 1)
        XCTAssertEqual(rows.last?[8], "crash")
        let message = try XCTUnwrap(TrialsCSVExporter.columns.firstIndex(of: "message"))
        XCTAssertEqual(rows.last?[message], "host process killed by SIGSEGV, \"quoted\"")
        let checked = try XCTUnwrap(TrialsCSVExporter.columns.firstIndex(of: "result_checked"))
        XCTAssertEqual(rows.last?[checked], "", "only ok trials say whether their result was checked")
        XCTAssertEqual(rows.last?[TrialsCSVExporter.columns.firstIndex(of: "compute_seconds")!], "", "a crashed trial has no compute span")
        XCTAssertEqual(rows.last?.suffix(6), ["", "", "", "", "", ""], "no memory measured: empty cells")
    }

    func testSummaryCSVCarriesSpeedupAndEfficiency() throws {
        let rows = CSVFormat.parse(String(decoding: try SummaryCSVExporter().export(ExportFixtures.results()), as: UTF8.self))
        let header = rows[0]
        let table = rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
        let threads2 = try XCTUnwrap(table.first { $0["strategy"] == "threads" && $0["workers"] == "2" })
        XCTAssertEqual(threads2["speedup"], "1.0000")
        XCTAssertEqual(threads2["efficiency"], "0.5000")
        let processes2 = try XCTUnwrap(table.first { $0["strategy"] == "processes" && $0["workers"] == "2" })
        XCTAssertEqual(processes2["speedup"], "2.0000")
        XCTAssertEqual(processes2["status"], "crash")
        XCTAssertEqual(processes2["trials"], "2")
        XCTAssertEqual(processes2["failed_trials"], "1")
    }

    func testFolderIsCreatedNewAndNeverReused() throws {
        let parent = try temporaryDirectory()
        let first = try ResultStore.create(parent: parent, runID: "run", explicit: nil)
        try first.save(ExportFixtures.results())
        let second = try ResultStore.create(parent: parent, runID: "run", explicit: nil)
        XCTAssertNotEqual(first.directory, second.directory)
        XCTAssertEqual(second.directory.lastPathComponent, "run-2")
        XCTAssertThrowsError(try ResultStore.create(parent: parent, runID: "x", explicit: first.directory)) { error in
            XCTAssertTrue("\(error)".contains("never overwrites"), "\(error)")
        }
    }

    func testUnwritableOutputIsAClearError() {
        XCTAssertThrowsError(try ResultStore.create(parent: URL(fileURLWithPath: "/proc"), runID: "x", explicit: nil)) { error in
            XCTAssertTrue("\(error)".contains("pass --out"), "\(error)")
        }
    }

    func testReaderRoundTripsWhatTheStoreWrote() throws {
        let store = try ResultStore.create(parent: try temporaryDirectory(), runID: "run", explicit: nil)
        let original = ExportFixtures.results()
        try store.save(original)
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.directory.appendingPathComponent(".trials.csv.tmp").path))
        let loaded = try ResultFolderReader.load(store.directory)
        XCTAssertEqual(loaded.records.count, original.records.count)
        XCTAssertEqual(loaded.summary, original.summary)
        XCTAssertEqual(loaded.records.map(\.workers), original.records.map(\.workers))
        XCTAssertEqual(loaded.metadata.machine, original.metadata.machine)
    }

    func testReaderNamesTheFileAtFault() throws {
        let store = try ResultStore.create(parent: try temporaryDirectory(), runID: "run", explicit: nil)
        try store.save(ExportFixtures.results())
        let trials = store.directory.appendingPathComponent("trials.csv")
        let text = try String(contentsOf: trials, encoding: .utf8)
        try String(text.dropLast(20)).write(to: trials, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ResultFolderReader.load(store.directory)) { error in
            XCTAssertTrue("\(error)".contains("trials.csv"), "\(error)")
        }
        let metadata = store.directory.appendingPathComponent("metadata.json")
        try Data("{\"format_version\": 999}".utf8).write(to: metadata)
        XCTAssertThrowsError(try ResultFolderReader.load(store.directory)) { error in
            XCTAssertTrue("\(error)".contains("metadata.json") && "\(error)".contains("999"), "\(error)")
        }
        XCTAssertThrowsError(try ResultFolderReader.load(URL(fileURLWithPath: "/tmp"))) { error in
            XCTAssertTrue("\(error)".contains("no metadata.json"), "\(error)")
        }
    }
}

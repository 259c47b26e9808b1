// LeftProcessesExportTests: a left process's command line (format 3) round-trips through trials.csv and stays data
// in summary.csv, report.md and the terminal table, however hostile.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import GILBenchTestSupport
import XCTest

final class LeftProcessesExportTests: XCTestCase {
    private func results(command: String) -> RunResults {
        let fixture = ExportFixtures.results()
        let records = fixture.records.enumerated().map { index, record -> TrialRecord in
            var record = record
            guard record.status == .ok else { return record }
            record.leftProcesses = index == 0 ? LeftProcesses(count: 2, firstCommandLine: command) : .none
            return record
        }
        return RunResults(metadata: fixture.metadata, records: records)
    }

    private func saved(_ results: RunResults) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("left-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try ResultStore(directory: url).save(results)
        return url
    }

    func testCountAndCommandLineRoundTripAndANotRunTrialReadsAsNotChecked() throws {
        let original = results(command: "python -c import time, time.sleep(600)")
        let loaded = try ResultFolderReader.load(try saved(original))
        XCTAssertEqual(loaded.metadata.formatVersion, 3)
        XCTAssertEqual(loaded.records.map(\.leftProcesses), original.records.map(\.leftProcesses))
        XCTAssertEqual(loaded.records.first?.leftProcesses?.count, 2)
        XCTAssertNil(loaded.records.last?.leftProcesses, "the crashed, not-run trial was not checked")
        let warned = try XCTUnwrap(loaded.summary.first { $0.warnings.contains { $0.code == .leftProcesses } })
        XCTAssertEqual(warned.trialsLeavingProcesses, 1)
        XCTAssertEqual(loaded.summary.filter { $0.warnings.contains { $0.code == .leftProcesses } }.count, 1,
                       "only the point whose trial left processes is warned")
    }

    func testHostileCommandLinesStayDataInEveryDestination() throws {
        for (name, value) in HostileValues.strings where !value.isEmpty {
            let original = results(command: value)
            let folder = try saved(original)
            let loaded = try ResultFolderReader.load(folder)
            XCTAssertEqual(loaded.records.first?.leftProcesses?.firstCommandLine, value, "\(name): CSV round trip")
            let summary = try String(contentsOf: folder.appendingPathComponent("summary.csv"), encoding: .utf8)
            XCTAssertEqual(CSVFormat.parse(summary).count, loaded.summary.count + 1, "\(name): summary.csv keeps one row per point")

            let report = String(decoding: try ReportMarkdownExporter(charts: [], rendered: [], problems: []).export(loaded), as: UTF8.self)
            let stability = try XCTUnwrap(report.components(separatedBy: "## Stability").last, name)
            let row = try XCTUnwrap(stability.split(separator: "\n").first { $0.contains("**left-processes**") }, "\(name): \(stability)")
            // One table row: 4 cells (code, points, example, where), so 5 unescaped pipes; no raw control
            // character, HTML or backquote.
            XCTAssertEqual(row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count, 5, "\(name): \(row)")
            XCTAssertFalse(row.unicodeScalars.contains { $0.properties.generalCategory == .control }, name)
            XCTAssertFalse(row.contains("<script") || row.contains("<img") || row.replacingOccurrences(of: "\\`", with: "").contains("`"), "\(name): \(row)")

            let terminal = TerminalText.escaped(SummaryTable.render(loaded))
            XCTAssertTrue(terminal.contains("left-processes"), name)
            XCTAssertFalse(terminal.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\r" || $0 == "\u{9B}" || $0 == "\u{202E}" }, name)
        }
    }

    func testAFormat2FolderReadsAsNotChecked() throws {
        let folder = try saved(results(command: "sleep 600"))
        let trials = folder.appendingPathComponent("trials.csv")
        let rows = CSVFormat.parse(try String(contentsOf: trials, encoding: .utf8))
        let keep = rows[0].indices.filter { !TrialsCSVExporter.format3Columns.contains(rows[0][$0]) }
        try Data((rows.map { row in CSVFormat.line(keep.map { row[$0] }) }.joined(separator: "\n") + "\n").utf8).write(to: trials)
        let loaded = try ResultFolderReader.load(folder)
        XCTAssertTrue(loaded.records.allSatisfy { $0.leftProcesses == nil })
        XCTAssertFalse(loaded.summary.contains { $0.warnings.contains { $0.code == .leftProcesses } })
    }
}

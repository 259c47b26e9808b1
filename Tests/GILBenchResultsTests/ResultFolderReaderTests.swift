// ResultFolderReaderTests: reading is strict: every bad value is one message naming the file, line and column.
import Foundation
import GILBenchCore
import GILBenchResults
import GILBenchTestSupport
import XCTest

final class ResultFolderReaderTests: XCTestCase {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reader-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try ResultStore(directory: url).save(ExportFixtures.results())
        return url
    }

    /// Replaces the first data row's `column` in `file` with `value` (quoted as CSV needs) and returns the reason.
    private func reason(editing file: String, column: String, value: String) throws -> String? {
        let run = try folder()
        let url = run.appendingPathComponent(file)
        var rows = CSVFormat.parse(try String(contentsOf: url, encoding: .utf8))
        let index = try XCTUnwrap(rows[0].firstIndex(of: column), column)
        rows[1][index] = value
        try Data((rows.map(CSVFormat.line).joined(separator: "\n") + "\n").utf8).write(to: url)
        do {
            _ = try ResultFolderReader.load(run)
            return nil
        } catch let error as GILBenchError {
            guard case let .resultsInvalid(path, reason) = error else { XCTFail("\(error)"); return nil }
            XCTAssertEqual(path, url.path)
            return reason
        }
    }

    func testTheFixtureLoads() throws {
        XCTAssertEqual(try ResultFolderReader.load(try folder()).records.count, ExportFixtures.results().records.count)
    }

    func testNonFiniteNumbersAreRefusedWithFileLineAndColumn() throws {
        for value in ["nan", "NaN", "inf", "-inf", "infinity", "1e999"] {
            let reason = try XCTUnwrap(try reason(editing: "trials.csv", column: "wall_seconds", value: value), value)
            XCTAssertTrue(reason.hasPrefix("line 2, column 'wall_seconds': "), reason)
            XCTAssertTrue(reason.contains("not a finite number"), reason)
        }
        let worker = try XCTUnwrap(try reason(editing: "workers.csv", column: "end_seconds", value: "nan"))
        XCTAssertTrue(worker.contains("line 2, column 'end_seconds'") && worker.contains("finite"), worker)
        let summary = try XCTUnwrap(try reason(editing: "summary.csv", column: "speedup", value: "inf"))
        XCTAssertTrue(summary.contains("line 2, column 'speedup'") && summary.contains("finite"), summary)
    }

    func testRangesTypesAndLengths() throws {
        let cases: [(String, String, String, String)] = [
            ("trials.csv", "wall_seconds", "-1", "out of range"),
            ("trials.csv", "wall_seconds", "1e300", "out of range"),
            ("trials.csv", "wall_seconds", "fast", "not a number"),
            ("trials.csv", "workers", "0", "out of range"),
            ("trials.csv", "workers", "99999999999999999999", "not a whole number"),
            ("trials.csv", "size", "", "a value is required"),
            ("trials.csv", "warmup", "yes", "not true or false"),
            ("trials.csv", "workload", "nbody\nsystem('x')", "control character U+000A"),
            ("trials.csv", "python_version", String(repeating: "9", count: 300), "too long"),
            ("workers.csv", "pid", "-5", "out of range"),
        ]
        for (file, column, value, phrase) in cases {
            let reason = try XCTUnwrap(try reason(editing: file, column: column, value: value), "\(file) \(column) \(value.prefix(20))")
            XCTAssertTrue(reason.contains("column '\(column)'") && reason.contains(phrase), reason)
            XCTAssertFalse(reason.contains("\n"), "one line: \(reason)")
            XCTAssertLessThan(reason.count, 300, "a long value is abbreviated")
        }
        XCTAssertNil(try reason(editing: "trials.csv", column: "message", value: String(repeating: "m", count: 100_000) + "\n\u{1B}[31m"),
                     "free text is kept (every destination encodes it)")
    }

    func testZeroAndNegativeTimesAreRefusedLikeNonFiniteOnes() throws {
        // compare takes log(wall) and log(setup): a 0 made log(0), a NaN variance and p = 0.
        for (column, value) in [("wall_seconds", "0"), ("wall_seconds", "-1"), ("wall_seconds", "0.000000"),
                                ("wall_seconds", "-0"), ("setup_seconds", "0"), ("compute_seconds", "-0.5")] {
            let reason = try XCTUnwrap(try reason(editing: "trials.csv", column: column, value: value), "\(column) \(value)")
            XCTAssertTrue(reason.hasPrefix("line 2, column '\(column)': '\(value)' is out of range"), reason)
            XCTAssertTrue(reason.contains("never 0 or negative"), reason)
            XCTAssertFalse(reason.contains("\n"), "one line: \(reason)")
        }
        for column in ["median_wall_seconds", "min_wall_seconds"] {
            let reason = try XCTUnwrap(try reason(editing: "summary.csv", column: column, value: "0"), column)
            XCTAssertTrue(reason.hasPrefix("line 2, column '\(column)': "), reason)
        }
        // Durations that may round or be clamped to 0 stay readable; negative ones do not.
        XCTAssertNil(try reason(editing: "trials.csv", column: "teardown_seconds", value: "0"))
        XCTAssertNil(try reason(editing: "summary.csv", column: "stdev_wall_seconds", value: "0.000000"))
        XCTAssertNotNil(try reason(editing: "trials.csv", column: "teardown_seconds", value: "-1"))
    }

    private func metadataReason(_ edit: (inout [String: Any]) -> Void) throws -> String {
        let run = try folder()
        let url = run.appendingPathComponent("metadata.json")
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        edit(&object)
        try JSONSerialization.data(withJSONObject: object).write(to: url)
        XCTAssertThrowsError(try ResultFolderReader.load(run))
        do { _ = try ResultFolderReader.load(run) } catch let error as GILBenchError {
            if case let .resultsInvalid(_, reason) = error { return reason }
        }
        return ""
    }

    func testMetadataFieldsAreChecked() throws {
        var reason = try metadataReason { $0["run_id"] = "x\nsystem('y')" }
        XCTAssertTrue(reason.hasPrefix("field run_id: control character U+000A"), reason)
        reason = try metadataReason { object in
            var machine = object["machine"] as! [String: Any]
            machine["cpu_count"] = -1
            object["machine"] = machine
        }
        XCTAssertTrue(reason.hasPrefix("field machine.cpu_count: "), reason)
        reason = try metadataReason { object in
            var machine = object["machine"] as! [String: Any]
            machine["cpu_model"] = 42
            object["machine"] = machine
        }
        XCTAssertEqual(reason, "field machine.cpu_model: expected a string")
        reason = try metadataReason { object in
            var options = object["options"] as! [String: Any]
            var pythons = options["pythons"] as! [[String: Any]]
            pythons[0].removeValue(forKey: "version")
            options["pythons"] = pythons
            object["options"] = options
        }
        XCTAssertEqual(reason, "field options.pythons[0].version is missing")
    }

    func testGarbledMetadataNamesTheLine() throws {
        let run = try folder()
        let url = run.appendingPathComponent("metadata.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        let cases: [(String, String)] = [
            (String(text.prefix(text.count / 2)), "truncated"),
            (text.replacingOccurrences(of: "\"cpu_count\" : 2", with: "\"cpu_count\" : NaN"), "unexpected character 'N'"),
            (text.replacingOccurrences(of: "\"cpu_count\" : 2", with: "\"cpu_count\" : 1e999"), "out of range"),
            (text.replacingOccurrences(of: "\"cpu_count\" : 2,", with: "\"cpu_count\" : 2"), "missing comma"),
            (String(repeating: "[", count: 200_000), "truncated"),
        ]
        XCTAssertTrue(text.contains("\"cpu_count\" : 2"), "the fixture's machine has 2 CPUs")
        for (garbled, phrase) in cases {
            try Data(garbled.utf8).write(to: url)
            XCTAssertThrowsError(try ResultFolderReader.load(run)) { error in
                let message = "\(error)"
                XCTAssertTrue(message.contains("not valid JSON: line ") && message.contains(phrase), message)
            }
        }
        var bytes = Data("{\n\"run_id\": \"".utf8)
        bytes.append(contentsOf: [0xFF, 0xFE])
        bytes.append(Data("\"\n}\n".utf8))
        try bytes.write(to: url)
        XCTAssertThrowsError(try ResultFolderReader.load(run)) { error in
            XCTAssertTrue("\(error)".contains("line 2: not valid UTF-8"), "\(error)")
        }
    }

    func testOnlyPlainFilesUpToTheLimitAreRead() throws {
        let run = try folder()
        let trials = run.appendingPathComponent("trials.csv")
        XCTAssertThrowsError(try ResultFileReader.data(trials, limitBytes: 10)) { error in
            XCTAssertTrue("\(error)".contains("more than the 10-byte limit"), "\(error)")
        }
        try FileManager.default.removeItem(at: trials)
        XCTAssertEqual(mkfifo(trials.path, 0o644), 0)
        // A FIFO would block a plain read forever.
        XCTAssertThrowsError(try ResultFolderReader.load(run)) { error in
            XCTAssertTrue("\(error)".contains("not a plain file"), "\(error)")
        }
    }

    func testDuplicateColumnsAreRefusedNotACrash() throws {
        let run = try folder()
        let url = run.appendingPathComponent("workers.csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.split(separator: "\n").map { String($0) + ",0" }
        try Data((lines.enumerated().map { $0.offset == 0 ? $0.element.replacingOccurrences(of: ",0", with: ",pid") : $0.element }.joined(separator: "\n") + "\n").utf8).write(to: url)
        XCTAssertThrowsError(try ResultFolderReader.load(run)) { error in
            XCTAssertTrue("\(error)".contains("appears twice"), "\(error)")
        }
    }

    func testLimitIsOneGiB() {
        XCTAssertEqual(ResultFileReader.limitBytes, 1_073_741_824)
    }
}

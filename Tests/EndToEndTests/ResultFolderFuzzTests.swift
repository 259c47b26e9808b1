// ResultFolderFuzzTests: every field of a real result folder replaced in turn by hostile values, each case run through
// plot, compare and history: in process for every case, with the real binary (and gnuplot) for a seeded sample.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import XCTest

final class ResultFolderFuzzTests: XCTestCase {
    /// One hostile value: how it is written into a JSON value and into a CSV field (raw bytes).
    private struct Hostile {
        let name: String
        let json: Data
        let csv: Data
    }

    /// One case: which file and field, which value.
    private struct Case {
        let file: String
        let field: String
        let hostile: Hostile
        /// The whole file with the field replaced.
        let bytes: Data
    }

    /// How a case ended.
    private enum Outcome: Hashable {
        case rendered
        case refused(String)
    }

    private static func hostileValues(marker: String) -> [Hostile] {
        func string(_ name: String, _ value: String) -> Hostile {
            let json = try! JSONSerialization.data(withJSONObject: [value], options: [.fragmentsAllowed])
            return Hostile(name: name, json: json.dropFirst().dropLast(), csv: Data(CSVFormat.field(value).utf8))
        }
        func raw(_ name: String, _ json: String, _ csv: String) -> Hostile {
            Hostile(name: name, json: Data(json.utf8), csv: Data(csv.utf8))
        }
        var invalidUTF8 = Data("\"abc".utf8)
        invalidUTF8.append(contentsOf: [0xFF, 0xFE, 0xC0])
        invalidUTF8.append(Data("\"".utf8))
        return [
            string("newline", "AMD EPYC\nsystem(\"touch \(marker)\")\n"),
            string("carriage return", "x\rsystem(\"touch \(marker)\")"),
            string("NUL", "x\u{0}y"),
            string("quotes", "it's \"quoted\" ''"),
            string("backslash", "x\\"),
            string("system()", "'.system(\"touch \(marker)\").'"),
            string("backquote", "`touch \(marker)`"),
            string("$(...)", "$(touch \(marker))"),
            string("ANSI escape", "\u{1B}[2J\u{1B}]0;owned\u{7}"),
            string("Markdown/HTML", "<script>alert(1)</script>[x](javascript:alert(1))"),
            string("100 KB", String(repeating: "K", count: 100_000)),
            Hostile(name: "invalid UTF-8", json: invalidUTF8, csv: invalidUTF8.dropFirst().dropLast()),
            raw("raw newline", "\"a\nb\"", "a\nb"),
            raw("nan", "NaN", "nan"),
            string("nan (string)", "nan"),
            raw("inf", "1e999", "inf"),
            raw("negative", "-1", "-1"),
            raw("huge", "1e308", "1e308"),
            raw("huge integer", "99999999999999999999999", "99999999999999999999999"),
            string("empty", ""),
        ]
    }

    /// Every leaf of a JSON value, as a path and the byte range of its text in `data`. Found by replacing the leaf
    /// with a unique placeholder and serialising, so the placeholder's position is the leaf's.
    private static func metadataCases(_ data: Data, hostile: [Hostile]) throws -> [Case] {
        let object = try JSONSerialization.jsonObject(with: data)
        var paths: [[Any]] = []
        func walk(_ value: Any, _ path: [Any]) {
            if let dictionary = value as? [String: Any] {
                for key in dictionary.keys.sorted() { walk(dictionary[key]!, path + [key]) }
            } else if let array = value as? [Any] {
                for (index, element) in array.enumerated() { walk(element, path + [index]) }
            } else {
                paths.append(path)
            }
        }
        walk(object, [])
        // Re-serialised unchanged, the file still loads: every refusal below is the hostile value's doing.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-check-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: UntrustedFolder.fixture, to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: folder.appendingPathComponent("metadata.json"))
        XCTAssertNoThrow(try ResultFolderReader.load(folder), "the re-serialised fixture loads")
        func replacing(_ value: Any, _ path: ArraySlice<Any>, with placeholder: String) -> Any {
            guard let head = path.first else { return placeholder }
            if var dictionary = value as? [String: Any], let key = head as? String {
                dictionary[key] = replacing(dictionary[key]!, path.dropFirst(), with: placeholder)
                return dictionary
            }
            var array = value as! [Any]
            let index = head as! Int
            array[index] = replacing(array[index], path.dropFirst(), with: placeholder)
            return array
        }
        let placeholder = "@@GILBENCH-FUZZ@@"
        var cases: [Case] = []
        for path in paths {
            let edited = try JSONSerialization.data(withJSONObject: replacing(object, path[...], with: placeholder), options: [.sortedKeys])
            let quoted = Data("\"\(placeholder)\"".utf8)
            let range = try XCTUnwrap(edited.range(of: quoted))
            let name = path.map { "\($0)" }.joined(separator: ".")
            for value in hostile {
                var bytes = edited
                bytes.replaceSubrange(range, with: value.json)
                cases.append(Case(file: "metadata.json", field: name, hostile: value, bytes: bytes))
            }
        }
        return cases
    }

    /// Per column of a CSV, one data row (seeded) with that field replaced by each hostile value.
    private static func csvCases(_ file: String, _ data: Data, hostile: [Hostile], random: inout SplitMix64) -> [Case] {
        let rows = CSVFormat.parse(String(decoding: data, as: UTF8.self))
        guard rows.count > 1 else { return [] }
        var cases: [Case] = []
        for (column, name) in rows[0].enumerated() {
            let row = 1 + Int(random.next() % UInt64(rows.count - 1))
            for value in hostile {
                var bytes = Data()
                for (index, fields) in rows.enumerated() {
                    for (position, field) in fields.enumerated() {
                        if position > 0 { bytes.append(Data(",".utf8)) }
                        bytes.append(index == row && position == column ? value.csv : Data(CSVFormat.field(field).utf8))
                    }
                    bytes.append(Data("\n".utf8))
                }
                cases.append(Case(file: file, field: "\(name) (line \(row + 1))", hostile: value, bytes: bytes))
            }
        }
        return cases
    }

    /// The refusal's kind, for the tally: the reason without paths and values.
    private static func kind(_ error: GILBenchError) -> String {
        let text = error.description
        let kinds = ["control character", "not a finite number", "out of range", "too long", "not valid UTF-8",
                     "not valid JSON", "is not a number", "not a whole number", "not true or false", "a value is required",
                     "expected a string", "expected a whole number", "expected a number", "expected true or false",
                     "is missing", "null or missing", "fields, the header has", "missing columns", "appears twice",
                     "format version", "no format_version", "is not in metadata.json", "a strategy, status", "invalid value",
                     "unknown", "no run holds", "no summary row", "no Python", "not compared"]
        return kinds.first { text.contains($0) } ?? String(text.split(separator: ":").dropFirst().first ?? "other").trimmingCharacters(in: .whitespaces)
    }

    /// A gnuplot script gilbench wrote: the lines before the chart definition are comments, fixed lines, or
    /// `name = <number or GnuplotString expression>`; nothing else can be code.
    private static func assertInert(script: String, name: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(script.unicodeScalars.contains { $0 != "\n" && GnuplotString.isUnsafe($0) }, "\(name): control character in a script", file: file, line: line)
        let head = script.components(separatedBy: "\n# ---- plots/").first ?? script
        let assignment = Self.assignment
        let fixed: Set<String> = ["", "script_path = ARG0", "slash = strlen(script_path)",
                                  "while (slash > 0 && script_path[slash:slash] ne \"/\") { slash = slash - 1 }",
                                  "if (slash > 0) { cd script_path[1:slash] }"]
        for text in head.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if text.hasPrefix("# ") || fixed.contains(text) {
                XCTAssertFalse(text.hasSuffix("\\"), "\(name): a comment that continues", file: file, line: line)
                continue
            }
            let range = NSRange(text.startIndex..., in: text)
            XCTAssertNotNil(assignment.firstMatch(in: text, range: range), "\(name): not an inert line: \(text.prefix(120))", file: file, line: line)
        }
    }

    private static let assignment: NSRegularExpression = {
        let piece = "'[^'\\n]*'"
        return try! NSRegularExpression(pattern: "^[a-z_][a-z0-9_]* = (-?[0-9]+(\\.[0-9]+)?|\(piece)(\\.\"'\"\\.\(piece))*)$")
    }()

    /// plot, compare and history in process on `folder`; returns how each ended.
    private func runInProcess(_ folder: URL, base: RunResults, definitions: ChartDefinitions, history: URL, name: String,
                              compareToo: Bool) -> [String: Outcome] {
        var outcomes: [String: Outcome] = [:]
        let results: RunResults
        do {
            results = try ResultFolderReader.load(folder)
        } catch let error as GILBenchError {
            XCTAssertFalse(error.description.contains("\n"), "\(name): a refusal is one line")
            XCTAssertLessThan(error.description.count, 2000, "\(name): a refusal is short")
            let outcome = Outcome.refused(Self.kind(error))
            return ["plot": outcome, "compare": outcome, "history": outcome]
        } catch {
            XCTFail("\(name): an error that is not a GILBenchError: \(error)")
            return [:]
        }
        // plot: scripts and report (gnuplot runs in the sampled binary cases).
        do {
            let publication = try ReportPublisher.publish(results, in: folder, definitions: .success(definitions), gnuplot: nil)
            for chart in publication.charts {
                let script = try String(contentsOf: publication.chartsDirectory.appendingPathComponent(chart.scriptName), encoding: .utf8)
                Self.assertInert(script: script, name: "\(name) \(chart.scriptName)")
            }
            // Outside code blocks (where text is shown verbatim) no markup from the data survives.
            let report = try String(contentsOf: publication.reportURL, encoding: .utf8)
            let prose = report.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
            for markup in ["<script", "<img", "\u{1B}"] {
                XCTAssertFalse(prose.contains(markup), "\(name): report.md holds \(markup)")
            }
            XCTAssertNil(prose.range(of: "(?<!\\\\)\\]\\(javascript", options: .regularExpression), "\(name): report.md holds a link")
            XCTAssertFalse(report.unicodeScalars.contains { $0 != "\n" && $0.properties.generalCategory == .control }, "\(name): control character in report.md")
            outcomes["plot"] = .rendered
        } catch let error as GILBenchError {
            outcomes["plot"] = .refused(Self.kind(error))
        } catch {
            XCTFail("\(name): plot: \(error)")
        }
        // compare: the fixture against the edited run, every format.
        if compareToo {
            do {
                let baseSide = try ComparisonSide.select(from: base.records, python: nil, flag: "--base-python", source: "base", runID: base.metadata.runID, machine: base.metadata.machine)
                let newSide = try ComparisonSide.select(from: results.records, python: nil, flag: "--new-python", source: "new", runID: results.metadata.runID, machine: results.metadata.machine)
                let comparison = Comparator.compare(base: baseSide, new: newSide, settings: ComparisonSettings(resamples: 200))
                for format in ComparisonFormat.allCases {
                    let text = String(decoding: try format.render(comparison), as: UTF8.self)
                    XCTAssertFalse(TerminalText.escaped(text).unicodeScalars.contains { $0 != "\n" && $0 != "\t" && TerminalText.isUnsafe($0) }, name)
                    if format == .markdown { XCTAssertFalse(text.contains("<script"), "\(name): compare markdown holds HTML") }
                }
                outcomes["compare"] = .rendered
            } catch let error as GILBenchError {
                outcomes["compare"] = .refused(Self.kind(error))
            } catch {
                XCTFail("\(name): compare: \(error)")
            }
        }
        // history: entries, series, the driver scripts and the terminal table.
        do {
            let entries = HistoryEntry.entries(runID: results.metadata.runID, startTime: results.metadata.startTime,
                                               pythons: results.metadata.options.pythons, summary: results.summary)
            guard !entries.isEmpty else { throw GILBenchError.resultsInvalid(path: folder.path, reason: "no run holds any summary row") }
            let series = try HistorySeries.plan(entries: entries, workloads: [], workers: nil)
            for item in series {
                let driver = HistoryChart.driver(item)
                XCTAssertTrue(SafeFileName.isSafe(HistoryChart.fileStem(item) + ".csv"), name)
                Self.assertInert(script: driver.replacingOccurrences(of: "; ", with: "\n").replacingOccurrences(of: "load 'history.gp'", with: ""), name: "\(name) history driver")
                _ = HistoryCSVExporter.export(item)
                _ = TerminalText.escaped(HistoryTable.render(item))
            }
            outcomes["history"] = .rendered
        } catch let error as GILBenchError {
            outcomes["history"] = .refused(Self.kind(error))
        } catch {
            XCTFail("\(name): history: \(error)")
        }
        return outcomes
    }

    func testHostileValuesInEveryFieldAreRenderedOrRefused() throws {
        let started = Date()
        // Thousands of small writes: on a tmpfs (/dev/shm, where there is one) they cost microseconds, not milliseconds.
        let memory = URL(fileURLWithPath: "/dev/shm", isDirectory: true)
        let sandbox: URL
        if FileManager.default.isWritableFile(atPath: memory.path) {
            sandbox = memory.appendingPathComponent("gilbench-fuzz-\(UUID().uuidString)", isDirectory: true)
            try FileManager.default.createDirectory(at: sandbox, withIntermediateDirectories: true)
            addTeardownBlock { try? FileManager.default.removeItem(at: sandbox) }
        } else {
            sandbox = try GILBenchBinary.temporaryDirectory(self)
        }
        let marker = sandbox.appendingPathComponent("MARKER")
        let hostile = Self.hostileValues(marker: marker.path)
        let fixture = UntrustedFolder.fixture
        var random = SplitMix64(seed: 15)
        var cases = try Self.metadataCases(try Data(contentsOf: fixture.appendingPathComponent("metadata.json")), hostile: hostile)
        for file in ["trials.csv", "workers.csv", "summary.csv"] {
            cases += Self.csvCases(file, try Data(contentsOf: fixture.appendingPathComponent(file)), hostile: hostile, random: &random)
        }
        let base = try ResultFolderReader.load(fixture)
        let definitions = ChartDefinitions.builtIn
        let folder = sandbox.appendingPathComponent("run", isDirectory: true)
        let history = sandbox.appendingPathComponent("history", isDirectory: true)

        // In process: every case. compare (bootstrap) for a seeded eighth of them, to stay well under a minute.
        var tally: [String: [Outcome: Int]] = [:]
        try FileManager.default.copyItem(at: fixture, to: folder)
        var originals: [String: Data] = [:]
        for file in ["metadata.json", "trials.csv", "workers.csv", "summary.csv"] {
            originals[file] = try Data(contentsOf: fixture.appendingPathComponent(file))
        }
        for (index, item) in cases.enumerated() {
            // The folder is the fixture but for this case's file (what plot wrote there stays, as a user's would).
            try item.bytes.write(to: folder.appendingPathComponent(item.file))
            defer { try? originals[item.file]!.write(to: folder.appendingPathComponent(item.file)) }
            let name = "\(item.file) \(item.field) = \(item.hostile.name)"
            let compareToo = random.next() % 8 == 0
            for (command, outcome) in runInProcess(folder, base: base, definitions: definitions, history: history, name: name, compareToo: compareToo) {
                tally[command, default: [:]][outcome, default: 0] += 1
            }
            XCTAssertFalse(FileManager.default.fileExists(atPath: marker.path), "\(name): code ran (case \(index))")
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: sandbox.path).filter { $0 != "run" }, [], "\(name): wrote outside the folder")
        }

        // The real binary, with gnuplot: five cases of five seeded hostile values, plus the two reproducers (a newline
        // and system() in machine.cpu_model and in run_id).
        let inProcessSeconds = Date().timeIntervalSince(started)
        var binaryTally: [String: [String: Int]] = [:]
        var sample: [Case] = []
        var values = hostile
        for _ in 0..<5 {
            let value = values.remove(at: Int(random.next() % UInt64(values.count)))
            let matching = cases.filter { $0.hostile.name == value.name }
            sample.append(matching[Int(random.next() % UInt64(matching.count))])
        }
        sample += cases.filter { ($0.field == "machine.cpu_model" && $0.hostile.name == "newline") || ($0.field == "run_id" && $0.hostile.name == "system()") }
        let sampleLimit = Gnuplot.locate() == nil ? 0 : sample.count
        for (index, item) in sample.prefix(sampleLimit).enumerated() {
            try? FileManager.default.removeItem(at: folder)
            try FileManager.default.copyItem(at: fixture, to: folder)
            try item.bytes.write(to: folder.appendingPathComponent(item.file))
            let name = "\(item.file) \(item.field) = \(item.hostile.name)"
            let commands: [(String, [String])] = [
                ("plot", ["plot", folder.path]),
                ("compare", ["compare", fixture.path, folder.path]),
                ("history", ["history", folder.path, "--out", history.appendingPathComponent("\(index)").path]),
            ]
            for (command, arguments) in commands {
                let invocation = try GILBenchBinary.run(arguments, limitSeconds: 60)
                XCTAssertFalse(invocation.signalled, "\(name): \(command) crashed: \(invocation.standardError)")
                XCTAssertFalse(invocation.timedOut, "\(name): \(command) hung")
                XCTAssertTrue([0, 2, 3, 64].contains(invocation.exitCode), "\(name): \(command) exit \(invocation.exitCode): \(invocation.standardError)")
                let errorLines = invocation.standardError.split(separator: "\n")
                if invocation.exitCode == 64 {
                    XCTAssertTrue(errorLines.first?.hasPrefix("gilbench: error: ") == true, "\(name): \(command): \(invocation.standardError)")
                }
                XCTAssertFalse((invocation.standardOutput + invocation.standardError).unicodeScalars.contains { $0 != "\n" && $0 != "\t" && TerminalText.isUnsafe($0) },
                               "\(name): \(command) printed a control character")
                let outcome = invocation.exitCode == 64 ? "refused (64): " + (errorLines.first.map { Self.kind(.resultsInvalid(path: "", reason: String($0))) } ?? "") : "rendered (\(invocation.exitCode))"
                binaryTally[command, default: [:]][outcome, default: 0] += 1
                XCTAssertFalse(FileManager.default.fileExists(atPath: marker.path), "\(name): \(command) ran code")
                XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: sandbox.path).filter { $0 != "run" && $0 != "history" }, [],
                               "\(name): \(command) wrote outside the folder")
            }
        }

        var lines = ["result-folder fuzz: \(cases.count) cases in process (\(hostile.count) hostile values x every field of metadata.json, trials.csv, workers.csv, summary.csv), \(min(sample.count, sampleLimit)) with the binary; \(String(format: "%.1f", inProcessSeconds)) s in process, \(String(format: "%.1f", Date().timeIntervalSince(started))) s in all"]
        for command in ["plot", "compare", "history"] {
            let counts = tally[command] ?? [:]
            let rendered = counts[.rendered] ?? 0
            let refused = counts.compactMap { outcome, count -> (String, Int)? in
                if case let .refused(kind) = outcome { return (kind, count) } else { return nil }
            }.sorted { $0.1 > $1.1 }
            lines.append("  in process \(command): \(counts.values.reduce(0, +)) cases, rendered \(rendered), refused \(refused.map(\.1).reduce(0, +)): " + refused.map { "\($0.0) \($0.1)" }.joined(separator: ", "))
        }
        for command in ["plot", "compare", "history"] {
            lines.append("  binary \(command): " + (binaryTally[command] ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) x\($0.value)" }.joined(separator: "; "))
        }
        print(lines.joined(separator: "\n"))
        XCTAssertGreaterThan(cases.count, 1000)
        XCTAssertGreaterThan(tally["plot"]?[.rendered] ?? 0, 0, "some hostile values are rendered (free text, encoded)")
    }
}

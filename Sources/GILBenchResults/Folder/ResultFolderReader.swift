// ResultFolderReader: loads a run folder (metadata.json + trials.csv, + workers.csv) back into RunResults.
import Foundation
import GILBenchCore

/// Reads what `ResultStore` wrote, checking the format version and every row, so later commands (plot,
/// compare, export) work from the files alone.
public enum ResultFolderReader {
    /// Loads `directory`. Throws `GILBenchError.resultsInvalid` naming the file at fault.
    public static func load(_ directory: URL) throws -> RunResults {
        let metadataURL = directory.appendingPathComponent("metadata.json")
        guard FileManager.default.fileExists(atPath: metadataURL.path) else {
            throw GILBenchError.resultsInvalid(path: directory.path, reason: "it has no metadata.json (pass a folder written by 'gilbench run')")
        }
        let metadataData = Data(try ResultFileReader.text(metadataURL).utf8)
        if let problem = JSONSyntax.firstProblem(metadataData) {
            throw GILBenchError.resultsInvalid(path: metadataURL.path, reason: "not valid JSON: \(problem)")
        }
        struct Version: Decodable { let format_version: Int? }
        let version = (try? JSONDecoder().decode(Version.self, from: metadataData))?.format_version
        guard let version else {
            throw GILBenchError.resultsInvalid(path: metadataURL.path, reason: "no format_version: not a gilbench metadata file")
        }
        guard GILBenchVersion.readableFormats.contains(version) else {
            throw GILBenchError.resultsInvalid(path: metadataURL.path, reason: "format version \(version), but this gilbench reads versions \(GILBenchVersion.readableFormats.lowerBound)-\(GILBenchVersion.readableFormats.upperBound) (use a newer gilbench)")
        }
        let metadata: RunMetadata
        do {
            metadata = try MetadataJSONExporter.decode(metadataData)
        } catch let error as DecodingError {
            throw GILBenchError.resultsInvalid(path: metadataURL.path, reason: Self.describe(error))
        } catch {
            throw GILBenchError.resultsInvalid(path: metadataURL.path, reason: "unreadable: \(error)")
        }
        if let (field, reason) = metadata.violation() {
            throw GILBenchError.resultsInvalid(path: metadataURL.path, reason: "field \(field): \(reason)")
        }
        // summary.csv is recomputed below, but the charts' gnuplot scripts read it: its values are checked too.
        let summaryURL = directory.appendingPathComponent(SummaryCSVExporter().fileName)
        if FileManager.default.fileExists(atPath: summaryURL.path) {
            _ = try table(summaryURL, columns: [])
        }
        let workers = try loadWorkers(directory.appendingPathComponent("workers.csv"))
        let trialsURL = directory.appendingPathComponent("trials.csv")
        // Format-1 folders lack the format-2 columns: those values read as missing (nil).
        let rows = try table(trialsURL, columns: TrialsCSVExporter.format1Columns)
        var records: [TrialRecord] = []
        // Looked up by key, not searched per row: a hostile folder with many Pythons and rows must not take hours.
        var pythonsByKey: [String: PythonInstallation] = [:]
        // U+0001 cannot occur in a checked name, so keys cannot collide.
        for python in metadata.options.pythons where pythonsByKey["\(python.version)\u{1}\(python.build)"] == nil {
            pythonsByKey["\(python.version)\u{1}\(python.build)"] = python
        }
        var workloadsByName: [String: Workload] = [:]
        for workload in metadata.options.workloads where workloadsByName[workload.name] == nil { workloadsByName[workload.name] = workload }
        for (number, row) in rows.enumerated() {
            let line = number + 2
            func fail(_ reason: String) -> GILBenchError {
                .resultsInvalid(path: trialsURL.path, reason: "line \(line): \(reason)")
            }
            guard let python = pythonsByKey["\(row["python_version"] ?? "")\u{1}\(row["python_build"] ?? "")"] else {
                throw fail("Python \(row["python_version"] ?? "?") is not in metadata.json")
            }
            guard let workload = workloadsByName[row["workload"] ?? ""] else {
                throw fail("workload \(row["workload"] ?? "?") is not in metadata.json")
            }
            guard let strategy = row["strategy"].flatMap(Strategy.init(rawValue:)),
                  let status = row["status"].flatMap(TrialStatus.init(rawValue:)),
                  let size = row["size"].flatMap(Int.init), let count = row["workers"].flatMap(Int.init),
                  let repetition = row["repetition"].flatMap(Int.init) else {
                throw fail("a strategy, status, size, workers or repetition value is missing or invalid")
            }
            func seconds(_ column: String) throws -> Double? {
                guard let text = row[column], !text.isEmpty else { return nil }
                guard let value = Double(text) else { throw fail("\(column) '\(text)' is not a number") }
                return value
            }
            let warmup = row["warmup"] == "true"
            let spec = TrialSpec(python: python, workload: workload, size: size, strategy: strategy, workers: count,
                                 repetition: repetition, warmup: warmup, importSite: metadata.options.importSite,
                                 threadModule: metadata.options.threadModuleInEffect,
                                 innerWarmupCount: metadata.options.innerWarmupCount ?? 0,
                                 memoryLimitBytes: metadata.options.memoryLimitBytes)
            let key = "\(python.version)|\(python.build)|\(workload.name)|\(strategy.rawValue)|\(count)|\(repetition)|\(warmup)"
            // Format 3; checked by ResultCSVSchema (a whole number) when present.
            let leftProcesses = row["left_processes"].flatMap(Int.init).map {
                LeftProcesses(count: $0, firstCommandLine: row["left_process_command"] ?? "")
            }
            var record = TrialRecord(
                spec: spec, status: status, setupSeconds: try seconds("setup_seconds"), wallSeconds: try seconds("wall_seconds"),
                teardownSeconds: try seconds("teardown_seconds"),
                checksumOK: row["checksum_ok"].flatMap { $0 == "true" ? true : $0 == "false" ? false : nil },
                message: row["message"] ?? "", workers: workers[key] ?? [],
                computeSeconds: try seconds("compute_seconds"),
                gilEnabled: row["gil_enabled"].flatMap { $0 == "true" ? true : $0 == "false" ? false : nil },
                hostWarmupSeconds: try seconds("host_warmup_seconds"),
                memory: try CSVFormat.memory(row, fail: fail))
            record.leftProcesses = leftProcesses
            records.append(record)
        }
        return RunResults(metadata: metadata, records: records, calibration: try CalibrationCSVExporter.load(directory))
    }

    /// The run folders among `locations`: each one that holds metadata.json, or else its sub-folders that do
    /// (sorted by name), so `gilbench history Results/` takes every run. Throws `GILBenchError.resultsInvalid` for a
    /// location that is neither.
    public static func runFolders(_ locations: [URL]) throws -> [URL] {
        let fileManager = FileManager.default
        var folders: [URL] = []
        for url in locations {
            if fileManager.fileExists(atPath: url.appendingPathComponent("metadata.json").path) {
                folders.append(url)
                continue
            }
            let children = ((try? fileManager.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
                .map { url.appendingPathComponent($0, isDirectory: true) }
                .filter { fileManager.fileExists(atPath: $0.appendingPathComponent("metadata.json").path) }
            guard !children.isEmpty else {
                throw GILBenchError.resultsInvalid(path: url.path, reason: "it has no metadata.json and no run folder inside (pass a folder written by 'gilbench run', or a folder of them)")
            }
            folders += children
        }
        return folders
    }

    /// Parses a CSV file whose header must contain `columns`; returns one dictionary per data row. Every value
    /// is checked against `ResultCSVSchema`; any problem is one line naming the file, line and column.
    public static func table(_ url: URL, columns: [String]) throws -> [[String: String]] {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw GILBenchError.resultsInvalid(path: url.path, reason: "missing")
        }
        let text = try ResultFileReader.text(url)
        guard text.isEmpty || text.hasSuffix("\n") else {
            throw GILBenchError.resultsInvalid(path: url.path, reason: "truncated: the last line is incomplete")
        }
        let rows = CSVFormat.parse(text)
        guard let header = rows.first else {
            throw GILBenchError.resultsInvalid(path: url.path, reason: "empty: no header line")
        }
        let missing = columns.filter { !header.contains($0) }
        guard missing.isEmpty else {
            throw GILBenchError.resultsInvalid(path: url.path, reason: "missing columns \(missing.joined(separator: ", "))")
        }
        if let duplicate = header.enumerated().first(where: { header[..<$0.offset].contains($0.element) })?.element {
            throw GILBenchError.resultsInvalid(path: url.path, reason: "line 1: column \(ResultFieldRule.show(duplicate)) appears twice")
        }
        if let name = header.first(where: { ResultFieldRule.identifier.violation($0) != nil }) {
            throw GILBenchError.resultsInvalid(path: url.path, reason: "line 1: column name \(ResultFieldRule.identifier.violation(name) ?? "")")
        }
        return try rows.dropFirst().enumerated().map { index, fields in
            // Quoted fields may span lines, so this is the row's number, which equals its line in files gilbench wrote.
            guard fields.count == header.count else {
                throw GILBenchError.resultsInvalid(path: url.path, reason: "line \(index + 2) has \(fields.count) fields, the header has \(header.count) (truncated?)")
            }
            try ResultCSVSchema.check(fields, header: header, line: index + 2, file: url)
            return Dictionary(uniqueKeysWithValues: zip(header, fields))
        }
    }

    private static func loadWorkers(_ url: URL) throws -> [String: [WorkerSample]] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [:] }
        var samples: [String: [WorkerSample]] = [:]
        for (number, row) in try table(url, columns: WorkersCSVExporter.columns).enumerated() {
            let key = ["python_version", "python_build", "workload", "strategy", "workers", "repetition", "warmup"].map { row[$0] ?? "" }.joined(separator: "|")
            // Every value was checked by the schema; a nil here is a bug in it, so say which line.
            guard let index = row["worker"].flatMap(Int.init), let pid = row["pid"].flatMap(Int32.init),
                  let interpreterID = row["interpreter_id"].flatMap(Int64.init),
                  let start = row["start_seconds"].flatMap(Double.init), let end = row["end_seconds"].flatMap(Double.init) else {
                throw GILBenchError.resultsInvalid(path: url.path, reason: "line \(number + 2): a worker, pid, interpreter_id, start_seconds or end_seconds value is missing or invalid")
            }
            samples[key, default: []].append(WorkerSample(
                index: index, pid: pid, interpreterID: interpreterID, startSeconds: start, endSeconds: end,
                checksum: row["checksum"].flatMap { $0.isEmpty ? nil : $0 }, error: row["error"].flatMap { $0.isEmpty ? nil : $0 },
                // Checked by ResultCSVSchema (finite, in range) when present; missing in format 1.
                transferInSeconds: row["transfer_in_seconds"].flatMap(Double.init),
                transferOutSeconds: row["transfer_out_seconds"].flatMap(Double.init)))
        }
        return samples
    }

    /// One line for a metadata.json field of the wrong type or missing: "field options.pythons[0].version: ...".
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context, _ last: CodingKey? = nil) -> String {
            var text = ""
            for key in context.codingPath + (last.map { [$0] } ?? []) {
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + snakeCase(key.stringValue) }
            }
            return text.isEmpty ? "(top level)" : text
        }
        switch error {
        case let .typeMismatch(type, context): return "field \(path(context)): expected \(describeType(type))"
        case let .valueNotFound(type, context): return "field \(path(context)): null or missing, expected \(describeType(type))"
        case let .keyNotFound(key, context): return "field \(path(context, key)) is missing"
        case let .dataCorrupted(context): return "field \(path(context)): invalid value (\(TerminalText.line(String(context.debugDescription.prefix(120)))))"
        @unknown default: return "unreadable"
        }
    }

    private static func describeType(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is Int.Type, is Int64.Type, is Int32.Type, is UInt64.Type: return "a whole number (in range)"
        case is Double.Type: return "a number"
        default: return "a value of type \(type)"
        }
    }

    private static func snakeCase(_ key: String) -> String {
        key.unicodeScalars.reduce(into: "") { text, scalar in
            if CharacterSet.uppercaseLetters.contains(scalar) { text += "_" + String(scalar).lowercased() } else { text.unicodeScalars.append(scalar) }
        }
    }
}

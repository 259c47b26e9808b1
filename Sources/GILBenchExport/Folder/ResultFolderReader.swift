// ResultFolderReader: loads a run folder (metadata.json + trials.csv, + workers.csv) back into RunResults.
import Foundation
import GILBenchCore

/// Reads what `ResultStore` wrote, checking the format version and every row, so later commands (plot,
/// compare, export) work from the files alone.
public enum ResultFolderReader {
    /// Loads `directory`. Throws `GILBenchError.resultsInvalid` naming the file at fault.
    public static func load(_ directory: URL) throws -> RunResults {
        let metadataURL = directory.appendingPathComponent("metadata.json")
        guard let metadataData = try? Data(contentsOf: metadataURL) else {
            throw GILBenchError.resultsInvalid(path: directory.path, reason: "it has no metadata.json (pass a folder written by 'gilbench run')")
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
        } catch {
            throw GILBenchError.resultsInvalid(path: metadataURL.path, reason: "unreadable: \(error)")
        }
        let workers = try loadWorkers(directory.appendingPathComponent("workers.csv"))
        let trialsURL = directory.appendingPathComponent("trials.csv")
        let rows = try table(trialsURL, columns: TrialsCSVExporter.columns)
        var records: [TrialRecord] = []
        for (number, row) in rows.enumerated() {
            let line = number + 2
            func fail(_ reason: String) -> GILBenchError {
                .resultsInvalid(path: trialsURL.path, reason: "line \(line): \(reason)")
            }
            guard let python = metadata.options.pythons.first(where: { $0.version == row["python_version"] && $0.build == row["python_build"] }) else {
                throw fail("Python \(row["python_version"] ?? "?") is not in metadata.json")
            }
            guard let workload = metadata.options.workloads.first(where: { $0.name == row["workload"] }) else {
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
                                 memoryLimitBytes: metadata.options.memoryLimitBytes)
            let key = "\(python.version)|\(python.build)|\(workload.name)|\(strategy.rawValue)|\(count)|\(repetition)|\(warmup)"
            records.append(TrialRecord(
                spec: spec, status: status, setupSeconds: try seconds("setup_seconds"), wallSeconds: try seconds("wall_seconds"),
                teardownSeconds: try seconds("teardown_seconds"),
                checksumOK: row["checksum_ok"].flatMap { $0 == "true" ? true : $0 == "false" ? false : nil },
                message: row["message"] ?? "", workers: workers[key] ?? [], memory: try CSVFormat.memory(row, fail: fail)))
        }
        return RunResults(metadata: metadata, records: records)
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

    /// Parses a CSV file whose header must contain `columns`; returns one dictionary per data row.
    public static func table(_ url: URL, columns: [String]) throws -> [[String: String]] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw GILBenchError.resultsInvalid(path: url.path, reason: "missing or unreadable")
        }
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
        return try rows.dropFirst().enumerated().map { index, fields in
            guard fields.count == header.count else {
                throw GILBenchError.resultsInvalid(path: url.path, reason: "line \(index + 2) has \(fields.count) fields, the header has \(header.count) (truncated?)")
            }
            return Dictionary(uniqueKeysWithValues: zip(header, fields))
        }
    }

    private static func loadWorkers(_ url: URL) throws -> [String: [WorkerSample]] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [:] }
        var samples: [String: [WorkerSample]] = [:]
        for row in try table(url, columns: WorkersCSVExporter.columns) {
            let key = ["python_version", "python_build", "workload", "strategy", "workers", "repetition", "warmup"].map { row[$0] ?? "" }.joined(separator: "|")
            samples[key, default: []].append(WorkerSample(
                index: row["worker"].flatMap(Int.init) ?? 0, pid: row["pid"].flatMap(Int32.init) ?? 0,
                interpreterID: row["interpreter_id"].flatMap(Int64.init) ?? 0,
                startSeconds: row["start_seconds"].flatMap(Double.init) ?? 0, endSeconds: row["end_seconds"].flatMap(Double.init) ?? 0,
                checksum: row["checksum"].flatMap { $0.isEmpty ? nil : $0 }, error: row["error"].flatMap { $0.isEmpty ? nil : $0 }))
        }
        return samples
    }
}

// ResultStore: the run folder; rewrites every export after each trial, write-then-rename, so files are always whole.
import Foundation
import GILBenchCore

/// Owns `Results/<run-id>/` (or `--out`): creates it without overwriting anything and keeps its files current.
public final class ResultStore {
    public let directory: URL
    public let exporters: [ResultExporter]
    /// The folder the user named, when `directory` lies below it: the components in between are opened without
    /// following links (`FolderWriter`).
    public let base: URL?

    /// The default exporters of a run folder.
    public static let standardExporters: [ResultExporter] = [
        TrialsCSVExporter(), WorkersCSVExporter(), SummaryCSVExporter(), MetadataJSONExporter(),
        CompatibilityCSVExporter(), CalibrationCSVExporter(),
    ]

    /// Creates a new run folder. With `explicit`, that folder is used if it is empty or absent; otherwise a new
    /// `<parent>/<run-id>` (suffixed -2, -3, ... if taken).
    public static func create(parent: URL, runID: String, explicit: URL?, exporters: [ResultExporter] = standardExporters) throws -> ResultStore {
        let fileManager = FileManager.default
        var directory: URL
        if let explicit {
            directory = explicit
            if let contents = try? fileManager.contentsOfDirectory(atPath: explicit.path), !contents.isEmpty {
                throw GILBenchError.outputNotWritable(path: explicit.path, reason: "it already holds files, and gilbench never overwrites a run")
            }
        } else {
            directory = parent.appendingPathComponent(runID)
            var suffix = 2
            while fileManager.fileExists(atPath: directory.path) {
                directory = parent.appendingPathComponent("\(runID)-\(suffix)")
                suffix += 1
            }
        }
        do {
            try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
            let probe = directory.appendingPathComponent(".gilbench-write-test")
            try Data().write(to: probe)
            try fileManager.removeItem(at: probe)
        } catch {
            // Prefer the system's words ("Permission denied") over Foundation's generic sentence.
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            let reason = underlying.map { String(cString: strerror(Int32($0.code))) } ?? (error as NSError).localizedDescription
            throw GILBenchError.outputNotWritable(path: directory.path, reason: reason)
        }
        return ResultStore(directory: directory, exporters: exporters)
    }

    public init(directory: URL, exporters: [ResultExporter] = standardExporters, base: URL? = nil) {
        self.directory = directory
        self.exporters = exporters
        self.base = base
    }

    /// Writes every exporter's file for `results`.
    public func save(_ results: RunResults) throws {
        for exporter in exporters {
            try write(exporter.export(results), to: exporter.fileName)
        }
    }

    /// Writes `data` to `name` in the folder via a temporary file and rename, never through a link (`FolderWriter`).
    public func write(_ data: Data, to name: String) throws {
        try FolderWriter.write(data, to: name, in: directory, base: base)
    }
}

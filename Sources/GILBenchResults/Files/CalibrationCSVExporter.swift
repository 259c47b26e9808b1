// CalibrationCSVExporter: calibration.csv, the drift probe's timed calls (result format 3).
import Foundation
import GILBenchCore

/// Writes calibration.csv: one row per probe call and Python (`CalibrationProbe`).
public struct CalibrationCSVExporter: ResultExporter {
    public static let columns = ["probe", "after_trials", "python_version", "python_build", "wall_seconds"]
    public let fileName = "calibration.csv"

    public init() {}

    public func export(_ results: RunResults) throws -> Data {
        var lines = [CSVFormat.line(Self.columns)]
        for sample in results.calibration {
            lines.append(CSVFormat.line([String(sample.probe), String(sample.afterTrials), sample.pythonVersion,
                                         sample.pythonBuild, CSVFormat.seconds(sample.wallSeconds)]))
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// Reads `directory`/calibration.csv; empty when the folder has none (formats 1 and 2, or a run whose probe
    /// never ended ok). Every value is checked by `ResultCSVSchema` as it is read.
    public static func load(_ directory: URL) throws -> [CalibrationSample] {
        let url = directory.appendingPathComponent(CalibrationCSVExporter().fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        return try ResultFolderReader.table(url, columns: columns).enumerated().map { index, row in
            guard let probe = row["probe"].flatMap(Int.init), let after = row["after_trials"].flatMap(Int.init),
                  let version = row["python_version"], let build = row["python_build"],
                  let wall = row["wall_seconds"].flatMap(Double.init), wall > 0 else {
                throw GILBenchError.resultsInvalid(path: url.path, reason: "line \(index + 2): a probe, after_trials, Python or positive wall_seconds value is missing or invalid")
            }
            return CalibrationSample(probe: probe, afterTrials: after, pythonVersion: version, pythonBuild: build, wallSeconds: wall)
        }
    }
}

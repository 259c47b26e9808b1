// CalibrationCSVExporterTests: calibration.csv round-trips, is checked on reading, and is optional (formats 1 and 2).
import Foundation
import GILBenchCore
import GILBenchResults
import GILBenchTestSupport
import XCTest

final class CalibrationCSVExporterTests: XCTestCase {
    private let samples = [
        CalibrationSample(probe: 1, afterTrials: 0, pythonVersion: "3.12.1", pythonBuild: "default", wallSeconds: 0.051234),
        CalibrationSample(probe: 2, afterTrials: 40, pythonVersion: "3.12.1", pythonBuild: "default", wallSeconds: 0.049876),
    ]

    private func folder(calibration: [CalibrationSample]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("calibration-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let fixture = ExportFixtures.results()
        try ResultStore(directory: url).save(RunResults(metadata: fixture.metadata, records: fixture.records, calibration: calibration))
        return url
    }

    func testRoundTripsThroughTheFolder() throws {
        let url = try folder(calibration: samples)
        let text = try String(contentsOf: url.appendingPathComponent("calibration.csv"), encoding: .utf8)
        XCTAssertTrue(text.hasPrefix(CalibrationCSVExporter.columns.joined(separator: ",") + "\n"), text)
        XCTAssertEqual(try ResultFolderReader.load(url).calibration, samples)
    }

    func testAFolderWithoutItReadsAsNoProbe() throws {
        let url = try folder(calibration: samples)
        try FileManager.default.removeItem(at: url.appendingPathComponent("calibration.csv"))
        XCTAssertEqual(try ResultFolderReader.load(url).calibration, [])
    }

    func testBadValuesAreRefusedNamingTheFile() throws {
        for (column, value) in [("wall_seconds", "nan"), ("wall_seconds", "0"), ("probe", "0"), ("after_trials", "-3"),
                                ("python_version", "3.12\n1")] {
            let url = try folder(calibration: samples)
            let file = url.appendingPathComponent("calibration.csv")
            var rows = CSVFormat.parse(try String(contentsOf: file, encoding: .utf8))
            let index = try XCTUnwrap(rows[0].firstIndex(of: column))
            rows[1][index] = value
            try Data((rows.map(CSVFormat.line).joined(separator: "\n") + "\n").utf8).write(to: file)
            XCTAssertThrowsError(try ResultFolderReader.load(url), "\(column)=\(value)") { error in
                guard case let GILBenchError.resultsInvalid(path, _) = error else { return XCTFail("\(error)") }
                XCTAssertEqual(path, file.path)
            }
        }
    }
}

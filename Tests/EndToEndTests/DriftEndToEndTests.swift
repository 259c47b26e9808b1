// DriftEndToEndTests: `gilbench compare` of two folders whose calibration probes differ: a 6% drift at a 5%
// threshold exits 3 with one DRIFT line, --accept-drift goes on to the comparison's own verdict, equal probes say
// nothing of drift, and folders without a probe say it could not be checked.
import Foundation
import GILBenchCore
import XCTest

final class DriftEndToEndTests: XCTestCase {
    /// A run folder: tiny's metadata.json, one point (threads x1) with `walls` as its trials, and `probe` (nil: no
    /// calibration.csv, as in formats 1 and 2).
    private func folder(in parent: URL, _ name: String, walls: [Double], probe: [Double]?) throws -> URL {
        let url = parent.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let fixture = GILBenchBinary.repositoryRoot.appendingPathComponent("Tests/Fixtures/results/tiny")
        try FileManager.default.copyItem(at: fixture.appendingPathComponent("metadata.json"), to: url.appendingPathComponent("metadata.json"))
        var trials = ["python_version,python_build,workload,size,strategy,workers,repetition,warmup,status,setup_seconds,wall_seconds,teardown_seconds,checksum_ok,message"]
        for (index, wall) in walls.enumerated() {
            trials.append("3.13.0,default,tiny,100000,threads,1,\(index + 1),false,ok,0.017000,\(String(format: "%.6f", wall)),0.010000,true,")
        }
        try Data((trials.joined(separator: "\n") + "\n").utf8).write(to: url.appendingPathComponent("trials.csv"))
        if let probe {
            var lines = ["probe,after_trials,python_version,python_build,wall_seconds"]
            for (index, wall) in probe.enumerated() {
                lines.append("\(index + 1),\(index * 2),3.13.0,default,\(String(format: "%.6f", wall))")
            }
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url.appendingPathComponent("calibration.csv"))
        }
        return url
    }

    private let walls = [0.1000, 0.1010, 0.0995, 0.1005, 0.1002, 0.0998, 0.1008, 0.0993]
    private let probe = [0.0500, 0.0510, 0.0495, 0.0505, 0.0502]

    func testSixPercentDriftExitsThreeUnlessAccepted() throws {
        let parent = try GILBenchBinary.temporaryDirectory(self)
        let base = try folder(in: parent, "base", walls: walls, probe: probe)
        let same = try folder(in: parent, "same", walls: walls.reversed(), probe: probe.reversed())
        let drifted = try folder(in: parent, "drifted", walls: walls.reversed(), probe: probe.map { $0 * 1.06 })

        let clean = try GILBenchBinary.run(["compare", base.path, same.path, "--threshold", "5%"])
        XCTAssertNotEqual(clean.exitCode, 3, clean.standardOutput + clean.standardError)
        XCTAssertNotEqual(clean.exitCode, 64, clean.standardError)
        XCTAssertFalse(clean.standardOutput.contains("DRIFT"), clean.standardOutput)
        XCTAssertTrue(clean.standardOutput.contains("Calibration probe: probe new/base 1.000"), clean.standardOutput)

        let drift = try GILBenchBinary.run(["compare", base.path, drifted.path, "--threshold", "5%"])
        XCTAssertEqual(drift.exitCode, 3, drift.standardOutput + drift.standardError)
        let lines = drift.standardOutput.split(separator: "\n").filter { $0.hasPrefix("DRIFT:") }
        XCTAssertEqual(lines.count, 1, drift.standardOutput)
        XCTAssertTrue(lines.first?.contains("probe new/base 1.060") == true, drift.standardOutput)

        let accepted = try GILBenchBinary.run(["compare", base.path, drifted.path, "--threshold", "5%", "--accept-drift"])
        XCTAssertEqual(accepted.exitCode, clean.exitCode, accepted.standardOutput + accepted.standardError)
        XCTAssertTrue(accepted.standardOutput.contains("accepted (--accept-drift)"), accepted.standardOutput)

        // A machine format stays parseable: the line goes to standard error.
        let json = try GILBenchBinary.run(["compare", base.path, drifted.path, "--format", "json"])
        XCTAssertEqual(json.exitCode, 3, json.standardError)
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)))
        XCTAssertTrue(json.standardError.contains("DRIFT:"), json.standardError)
    }

    func testFoldersWithoutAProbeSayDriftCouldNotBeChecked() throws {
        let parent = try GILBenchBinary.temporaryDirectory(self)
        let base = try folder(in: parent, "base", walls: walls, probe: nil)
        let new = try folder(in: parent, "new", walls: walls.reversed(), probe: probe)
        let invocation = try GILBenchBinary.run(["compare", base.path, new.path])
        XCTAssertNotEqual(invocation.exitCode, 64, invocation.standardError)
        XCTAssertTrue(invocation.standardOutput.contains("drift could not be checked: the base run has"), invocation.standardOutput)
        XCTAssertFalse(invocation.standardOutput.contains("DRIFT:"), invocation.standardOutput)
    }
}

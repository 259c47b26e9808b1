// UntrustedFolderEndToEndTests: the reproducers of issue 15 against the real binary: a result folder edited by hand
// runs no code through gilbench plot, and plot writes nothing outside the folder.
import Foundation
import GILBenchExport
import XCTest

final class UntrustedFolderEndToEndTests: XCTestCase {
    private func requireGnuplot() throws {
        if Gnuplot.locate() != nil { return }
        if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("CI must have gnuplot (apt-get install gnuplot-nox)") }
        throw XCTSkip("gnuplot is not installed")
    }

    /// The refusal is one line on stderr naming `phrases`, exit 64, and no crash.
    private func assertRefused(_ invocation: LimitedInvocation, mentions phrases: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(invocation.signalled || invocation.timedOut, "no crash, no hang", file: file, line: line)
        XCTAssertEqual(invocation.exitCode, 64, invocation.standardError, file: file, line: line)
        let lines = invocation.standardError.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, "one line: \(invocation.standardError)", file: file, line: line)
        for phrase in phrases {
            XCTAssertTrue(invocation.standardError.contains(phrase), "expected '\(phrase)' in: \(invocation.standardError)", file: file, line: line)
        }
    }

    func testCPUModelWithANewlineAndSystemCallRunsNothing() throws {
        try requireGnuplot()
        let folder = try UntrustedFolder(self)
        try folder.editMetadata { object in
            var machine = object["machine"] as? [String: Any] ?? [:]
            machine["cpu_model"] = "AMD EPYC\n\(folder.payload)\n"
            object["machine"] = machine
        }
        let plot = try GILBenchBinary.run(["plot", folder.run.path], limitSeconds: 60)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.marker.path), "gnuplot ran the payload: \(plot.standardError)")
        assertRefused(plot, mentions: ["metadata.json", "machine.cpu_model", "control character"])
        XCTAssertEqual(try folder.entriesOutsideRun(), [])
    }

    func testRunIDWithANewlineAndSystemCallRunsNothing() throws {
        try requireGnuplot()
        let folder = try UntrustedFolder(self)
        try folder.editMetadata { object in object["run_id"] = "tiny\n\(folder.payload)\n" }
        let plot = try GILBenchBinary.run(["plot", folder.run.path], limitSeconds: 60)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.marker.path), "gnuplot ran the payload: \(plot.standardError)")
        assertRefused(plot, mentions: ["metadata.json", "run_id", "control character"])
        XCTAssertEqual(try folder.entriesOutsideRun(), [])
    }

    func testPlotsAsASymbolicLinkWritesNothingOutsideTheFolder() throws {
        try requireGnuplot()
        let folder = try UntrustedFolder(self)
        let outside = folder.sandbox.appendingPathComponent("outside", isDirectory: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.run.appendingPathComponent("plots").path, withDestinationPath: outside.path)
        let plot = try GILBenchBinary.run(["plot", folder.run.path], limitSeconds: 60)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: outside.path), [], "plot wrote through the link: \(plot.standardOutput)")
        assertRefused(plot, mentions: ["plots", "symbolic link"])
    }

    func testAReportThatIsASymbolicLinkIsNotWrittenThrough() throws {
        let folder = try UntrustedFolder(self)
        let target = folder.sandbox.appendingPathComponent("victim.txt")
        try Data("keep me\n".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: folder.run.appendingPathComponent("report.md").path, withDestinationPath: target.path)
        let plot = try GILBenchBinary.run(["plot", folder.run.path], limitSeconds: 60)
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "keep me\n")
        assertRefused(plot, mentions: ["report.md", "symbolic link"])
    }

    func testAChartThatIsASymbolicLinkIsNotWrittenThroughByGnuplot() throws {
        try requireGnuplot()
        let folder = try UntrustedFolder(self)
        let target = folder.sandbox.appendingPathComponent("victim.png")
        try Data("keep me\n".utf8).write(to: target)
        let plots = folder.run.appendingPathComponent("plots", isDirectory: true)
        try FileManager.default.createDirectory(at: plots, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: plots.appendingPathComponent("wall-tiny-py3.13.0.png").path, withDestinationPath: target.path)
        let plot = try GILBenchBinary.run(["plot", folder.run.path], limitSeconds: 60)
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "keep me\n")
        assertRefused(plot, mentions: ["wall-tiny-py3.13.0.png", "symbolic link"])
    }

    func testTheFixtureItselfRenders() throws {
        try requireGnuplot()
        let folder = try UntrustedFolder(self)
        let plot = try GILBenchBinary.run(["plot", folder.run.path], limitSeconds: 60)
        XCTAssertEqual(plot.exitCode, 0, plot.standardError)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.run.appendingPathComponent("plots/speedup-tiny-py3.13.0.png").path))
        XCTAssertEqual(try folder.entriesOutsideRun(), [])
    }
}

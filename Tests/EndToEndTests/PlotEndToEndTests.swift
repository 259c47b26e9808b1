// PlotEndToEndTests: the built binary draws every chart and report.md after a run, the written .gp scripts re-render
// with plain gnuplot, `gilbench plot` reproduces the charts from a copied folder, and a missing gnuplot costs only charts.
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GILBenchCore
import GILBenchExport
import GILBenchResults
import XCTest

final class PlotEndToEndTests: XCTestCase {
    private let tinyRun = ["--workers", "1,2", "--repeat", "2", "--warmup", "0"]

    /// gnuplot, or a skip; under CI a missing gnuplot is a failure (scripts/setup.sh installs it).
    private func requireGnuplot() throws -> Gnuplot {
        if let gnuplot = Gnuplot.locate() { return gnuplot }
        if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("CI must have gnuplot (apt-get install gnuplot-nox)") }
        throw XCTSkip("gnuplot is not installed")
    }

    /// Runs gilbench with extra environment variables.
    private func gilbench(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Invocation {
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment.merge(extra) { _, new in new }
        let output = try ProcessOutput.run(GILBenchBinary.executable.path, arguments, environment: environment,
                                           directory: GILBenchBinary.repositoryRoot)
        return Invocation(exitCode: output.exitCode, standardOutput: output.standardOutput, standardError: output.standardError)
    }

    /// A tiny run of the fixture workload on 3.13 into a fresh folder.
    private func tinyRunFolder(environment: [String: String] = [:]) throws -> (Invocation, URL) {
        let python = try GILBenchBinary.python(minor: 13)
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        let invocation = try gilbench(["run", "--out", out.path, "--python", python.version, "--workload", GILBenchBinary.fixture("tiny")] + tinyRun,
                                      environment: environment)
        return (invocation, out)
    }

    private func assertValidCharts(in run: URL, file: StaticString = #filePath, line: UInt = #line) throws -> [Chart] {
        let charts = ChartPlan.charts(for: try ResultFolderReader.load(run))
        XCTAssertFalse(charts.isEmpty, file: file, line: line)
        let plots = run.appendingPathComponent("plots")
        for chart in charts {
            XCTAssertTrue(FileManager.default.fileExists(atPath: plots.appendingPathComponent(chart.scriptName).path), chart.scriptName, file: file, line: line)
            let png = try Data(contentsOf: plots.appendingPathComponent(chart.pngName))
            XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "\(chart.pngName) is a PNG", file: file, line: line)
            XCTAssertGreaterThan(png.count, 10_000, "\(chart.pngName) has a drawn chart, not an empty canvas", file: file, line: line)
            let svg = try Data(contentsOf: plots.appendingPathComponent(chart.svgName))
            XCTAssertTrue(String(decoding: svg, as: UTF8.self).contains("<svg"), chart.svgName, file: file, line: line)
            XCTAssertGreaterThan(svg.count, 10_000, chart.svgName, file: file, line: line)
            let parser = XMLParser(data: svg)
            XCTAssertTrue(parser.parse(), "\(chart.svgName) is well-formed XML: \(String(describing: parser.parserError))", file: file, line: line)
        }
        return charts
    }

    func testRunDrawsEveryChartAndWritesTheReport() throws {
        _ = try requireGnuplot()
        let (invocation, run) = try tinyRunFolder()
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        let charts = try assertValidCharts(in: run)
        XCTAssertEqual(Set(charts.map(\.kind)), [.speedup, .wall, .efficiency, .setup, .throughput, .memory])
        // The run ends with a count of charts, not a list of their paths.
        for chart in charts {
            XCTAssertFalse(invocation.standardOutput.contains(chart.pngName), "the end of the run lists \(chart.pngName)")
        }
        XCTAssertTrue(invocation.standardOutput.contains("charts:  \(charts.count) in \(run.appendingPathComponent("plots").path)/"), invocation.standardOutput)
        XCTAssertTrue(invocation.standardOutput.contains("report:  \(run.appendingPathComponent("report.md").path)"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: run.appendingPathComponent("payload.csv").path), "no payload measured")
        let report = try String(contentsOf: run.appendingPathComponent("report.md"), encoding: .utf8)
        XCTAssertTrue(report.contains("![Speedup of tiny, Python "), report)
        XCTAssertTrue(report.contains("## Findings"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: run.appendingPathComponent("speedup_geomean.csv").path))
    }

    func testNoPlotsDrawsNothingAndPlotDrawsThemLater() throws {
        _ = try requireGnuplot()
        let python = try GILBenchBinary.python(minor: 12)
        let run = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        let invocation = try gilbench(["run", "--out", run.path, "--python", python.version, "--workload", GILBenchBinary.fixture("tiny"),
                                       "--strategy", "threads", "--workers", "1", "--repeat", "1", "--warmup", "0", "--no-plots"])
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: run.appendingPathComponent("plots").path), "--no-plots writes no chart")
        XCTAssertTrue(invocation.standardOutput.contains("not drawn (--no-plots)") && invocation.standardOutput.contains("gilbench plot \(run.path)"),
                      invocation.standardOutput)
        XCTAssertEqual(invocation.standardError.split(separator: "\n").filter { $0.contains("gnuplot") }, [], "no gnuplot problem to report")
        let plot = try gilbench(["plot", run.path])
        XCTAssertEqual(plot.exitCode, 0, plot.standardError)
        _ = try assertValidCharts(in: run)
        let bad = try gilbench(["plot", "--report", "short", run.path])
        XCTAssertEqual(bad.exitCode, 64, bad.standardError)
        XCTAssertTrue(bad.standardError.contains("--report 'short' is not valid: give auto, full or compact"), bad.standardError)
    }

    func testWrittenScriptReRendersWithPlainGnuplotFromAnyFolder() throws {
        let gnuplot = try requireGnuplot()
        let (invocation, run) = try tinyRunFolder()
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        let plots = run.appendingPathComponent("plots")
        let chart = try XCTUnwrap(ChartPlan.charts(for: try ResultFolderReader.load(run)).first { $0.kind == .speedup })
        let png = plots.appendingPathComponent(chart.pngName)
        let original = try Data(contentsOf: png)
        // From the chart's folder, as a user would after editing it ...
        try FileManager.default.removeItem(at: png)
        let inPlots = try ProcessOutput.run(gnuplot.executable, [chart.scriptName], directory: plots)
        XCTAssertEqual(inPlots.exitCode, 0, inPlots.standardError)
        XCTAssertEqual(try Data(contentsOf: png), original, "the same script and CSV draw the same chart")
        // ... and from the run folder: the script finds its CSV relative to itself.
        try FileManager.default.removeItem(at: png)
        let inRun = try ProcessOutput.run(gnuplot.executable, ["plots/" + chart.scriptName], directory: run)
        XCTAssertEqual(inRun.exitCode, 0, inRun.standardError)
        XCTAssertEqual(try Data(contentsOf: png), original)
        XCTAssertFalse(FileManager.default.fileExists(atPath: run.appendingPathComponent(chart.pngName).path), "output lands beside the script")
    }

    /// One strategy at one worker count: summary.csv has a single row, on which gnuplot 5.4 segfaulted drawing an
    /// empty labels element of setup.gp.
    func testASingleRowRunDrawsEveryChart() throws {
        _ = try requireGnuplot()
        let python = try GILBenchBinary.python(minor: 13)
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        let invocation = try gilbench(["run", "--out", out.path, "--python", python.version, "--workload", GILBenchBinary.fixture("tiny"),
                                       "--strategy", "threads", "--workers", "1", "--repeat", "1", "--warmup", "0"])
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        XCTAssertFalse(invocation.standardError.contains("gnuplot failed"), invocation.standardError)
        let png = out.appendingPathComponent("plots/setup-py\(python.version).png")
        XCTAssertGreaterThan(try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int), 0)
    }

    /// A per-worker PSS within the noise of the no-worker baseline comes out negative: the memory chart shows it
    /// below 0 (its y range was fixed at 0 and up, so gnuplot found no point to draw and the run reported an error).
    func testMemoryChartDrawsNegativePerWorkerValues() throws {
        _ = try requireGnuplot()
        let (invocation, run) = try tinyRunFolder()
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        let summary = run.appendingPathComponent("summary.csv")
        var lines = try String(contentsOf: summary, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        // Counted from the right: quoted text columns (warnings) before it may hold commas.
        let fromEnd = header.count - (try XCTUnwrap(header.firstIndex(of: "pss_per_worker_bytes")))
        for index in 1..<lines.count where !lines[index].isEmpty {
            var fields = lines[index].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[fields.count - fromEnd] = "-49152"
            lines[index] = fields.joined(separator: ",")
        }
        try lines.joined(separator: "\n").write(to: summary, atomically: true, encoding: .utf8)
        let chart = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: run.appendingPathComponent("plots").path)
            .first { $0.hasPrefix("memory-") && $0.hasSuffix(".gp") })
        let gnuplot = try requireGnuplot()
        let drawn = try ProcessOutput.run(gnuplot.executable, ["plots/" + chart], directory: run)
        XCTAssertEqual(drawn.exitCode, 0, drawn.standardError)
        XCTAssertFalse(drawn.standardError.contains("undefined"), drawn.standardError)
    }

    func testPlotOnACopiedFolderReproducesTheCharts() throws {
        _ = try requireGnuplot()
        let (invocation, run) = try tinyRunFolder()
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        let copy = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("copied run")
        try FileManager.default.copyItem(at: run, to: copy)
        try FileManager.default.removeItem(at: copy.appendingPathComponent("plots"))
        try FileManager.default.removeItem(at: copy.appendingPathComponent("report.md"))
        let plot = try gilbench(["plot", copy.path])
        XCTAssertEqual(plot.exitCode, 0, plot.standardError)
        XCTAssertEqual(plot.standardError, "", "no gnuplot warnings")
        let charts = try assertValidCharts(in: copy)
        for chart in charts {
            for name in [chart.svgName, chart.pngName, chart.scriptName] {
                let drawn = try Data(contentsOf: copy.appendingPathComponent("plots").appendingPathComponent(name))
                let original = try Data(contentsOf: run.appendingPathComponent("plots").appendingPathComponent(name))
                XCTAssertEqual(drawn, original, "\(name) redrawn from the CSVs equals the run's")
            }
        }
        XCTAssertEqual(try Data(contentsOf: copy.appendingPathComponent("report.md")), try Data(contentsOf: run.appendingPathComponent("report.md")))
    }

    func testWithoutGnuplotTheRunKeepsItsResultsAndSaysHowToInstallIt() throws {
        let (invocation, run) = try tinyRunFolder(environment: ["GNUPLOT": "/nonexistent/gnuplot"])
        XCTAssertEqual(invocation.exitCode, 0, "a missing gnuplot does not change the run's exit code: \(invocation.standardError)")
        let lines = invocation.standardError.split(separator: "\n").filter { $0.contains("gnuplot") }
        XCTAssertEqual(lines.count, 1, invocation.standardError)
        XCTAssertTrue(lines.first?.contains("apt-get install gnuplot-nox") == true)
        XCTAssertTrue(lines.first?.contains("gilbench plot \(run.path)") == true)
        for name in ["trials.csv", "summary.csv", "workers.csv", "metadata.json", "report.md", "speedup_geomean.csv"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: run.appendingPathComponent(name).path), name)
        }
        let report = try String(contentsOf: run.appendingPathComponent("report.md"), encoding: .utf8)
        XCTAssertTrue(report.contains("gnuplot is not installed"))
        let plotsFolder = run.appendingPathComponent("plots")
        let pngs = ((try? FileManager.default.contentsOfDirectory(atPath: plotsFolder.path)) ?? []).filter { $0.hasSuffix(".png") }
        XCTAssertEqual(pngs, [])

        let plot = try gilbench(["plot", run.path], environment: ["GNUPLOT": "/nonexistent/gnuplot"])
        XCTAssertEqual(plot.exitCode, 64)
        XCTAssertTrue(plot.standardError.contains("gnuplot is not installed") && plot.standardError.contains("apt-get install gnuplot-nox"), plot.standardError)
    }

    func testGnuplotErrorsNameTheScript() throws {
        _ = try requireGnuplot()
        let (invocation, run) = try tinyRunFolder(environment: ["GNUPLOT": "/nonexistent/gnuplot"])
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        // A broken chart definition: gilbench reports gnuplot's message with the script's path.
        let plots = try GILBenchBinary.temporaryDirectory(self)
        for kind in ChartKind.allCases {
            var body = try String(contentsOf: GILBenchBinary.repositoryRoot.appendingPathComponent("Sources/GILBenchBuiltins/plots/\(kind.scriptName)"), encoding: .utf8)
            if kind == .wall { body += "\nplot no_such_function(x)\n" }
            try body.write(to: plots.appendingPathComponent(kind.scriptName), atomically: true, encoding: .utf8)
        }
        let plot = try gilbench(["plot", run.path], environment: ["GILBENCH_PLOTS": plots.path])
        XCTAssertEqual(plot.exitCode, 64)
        let script = run.appendingPathComponent("plots/wall-tiny-py\(try GILBenchBinary.python(minor: 13).label).gp").path
        XCTAssertTrue(plot.standardError.contains("gnuplot failed on \(script)"), plot.standardError)
        XCTAssertTrue(plot.standardError.contains("no_such_function"), plot.standardError)
    }

    func testPlotRefusesAFolderThatIsNoRun() throws {
        let empty = try GILBenchBinary.temporaryDirectory(self)
        let plot = try gilbench(["plot", empty.path])
        XCTAssertEqual(plot.exitCode, 64)
        XCTAssertTrue(plot.standardError.contains("no metadata.json"), plot.standardError)
    }
}

// ChartPlanTests: which charts a run gets, their file names and parameters, and the scripts written for them.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import XCTest

final class ChartPlanTests: XCTestCase {
    func testTwoPythonsAndTwoWorkloadsGetEveryChart() {
        let names = ChartPlan.charts(for: ChartFixtures.results()).map(\.name)
        var expected: [String] = []
        for python in ["3.11.7", "3.13.0"] {
            expected += ["speedup-geomean", "speedup-nbody", "speedup-pidigits", "wall-nbody", "wall-pidigits",
                         "efficiency-nbody", "efficiency-pidigits", "setup"].map { "\($0)-py\(python)" }
        }
        expected += ["speedup-by-python-geomean", "speedup-by-python-nbody", "speedup-by-python-pidigits"]
        expected += ["throughput-geomean", "throughput-nbody", "throughput-pidigits"]
        XCTAssertEqual(names, expected)
    }

    func testOnePythonAndOneWorkloadNeedNoMeanAndNoComparison() {
        let charts = ChartPlan.charts(for: ChartFixtures.results(pythons: [ChartFixtures.new], workloads: [ChartFixtures.nbody]))
        XCTAssertEqual(charts.map(\.name), ["speedup-nbody-py3.13.0", "wall-nbody-py3.13.0", "efficiency-nbody-py3.13.0", "setup-py3.13.0", "throughput-nbody"])
        XCTAssertEqual(charts.map(\.kind), [.speedup, .wall, .efficiency, .setup, .throughput])
    }

    func testParametersSelectRowsButCarryNoMeasurements() throws {
        let charts = ChartPlan.charts(for: ChartFixtures.results())
        let speedup = try XCTUnwrap(charts.first { $0.name == "speedup-nbody-py3.13.0" })
        let literals = Dictionary(uniqueKeysWithValues: speedup.parameters.map { ($0.name, $0.literal) })
        XCTAssertEqual(literals, [
            "csv": "'../summary.csv'", "workload": "'nbody'", "python_version": "'3.13.0'", "python_build": "'default'",
            "cores": "2", "machine": "'h (Test CPU '.\"'\".'X'.\"'\".', 2 cores)'", "out": "'speedup-nbody-py3.13.0'",
            "styles": "'strategy_styles.csv'",
            "lock_strategies": "'threads subinterpreters shared-subinterpreters processes'",
            "lock_models": "'shared per-interpreter shared per-process'",
        ])
        let mean = try XCTUnwrap(charts.first { $0.name == "speedup-geomean-py3.13.0" })
        XCTAssertTrue(mean.parameters.contains(.string("csv", "../speedup_geomean.csv")))
        XCTAssertTrue(mean.parameters.contains(.string("workload", "geomean")))
        let comparison = try XCTUnwrap(charts.first { $0.name == "speedup-by-python-nbody" })
        XCTAssertTrue(comparison.parameters.contains(.string("python_versions", "3.11.7 3.13.0")))
        XCTAssertTrue(comparison.parameters.contains(.string("python_builds", "default default")))
        XCTAssertNil(comparison.python)
        let setup = try XCTUnwrap(charts.first { $0.name == "setup-py3.11.7" })
        XCTAssertTrue(setup.parameters.contains(.string("workloads", "nbody pidigits")))
    }

    func testScriptIsParametersThenTheVerbatimDefinition() throws {
        let chart = try XCTUnwrap(ChartPlan.charts(for: ChartFixtures.results()).first { $0.name == "wall-pidigits-py3.11.7" })
        let definition = "# wall.gp: test body\nplot csv using 1:2\n"
        let script = GnuplotScript.text(for: chart, definition: definition, runID: "fixture-run")
        XCTAssertTrue(script.hasPrefix("# wall-pidigits-py3.11.7.gp: "))
        XCTAssertTrue(script.hasSuffix(definition), "the chart definition is copied unchanged")
        XCTAssertTrue(script.contains("\ncsv = '../summary.csv'\n"))
        XCTAssertTrue(script.contains("\nout = 'wall-pidigits-py3.11.7'\n"))
        XCTAssertTrue(script.contains("cd script_path[1:slash]"), "the script moves into its own folder, so it runs from anywhere")
        // No number measured by the run appears in the script: the data stays in the CSV.
        for row in ChartFixtures.results().summary {
            if let wall = row.wall?.median { XCTAssertFalse(script.contains(CSVFormat.seconds(wall))) }
        }
    }

    func testAPythonWithNothingMeasuredGetsNoEmptyCharts() {
        let full = ChartFixtures.results()
        let records = full.records.filter { $0.spec.strategy == .subinterpreters }
        let charts = ChartPlan.charts(for: RunResults(metadata: full.metadata, records: records))
        XCTAssertFalse(charts.contains { $0.python == "3.11.7" }, "\(charts.map(\.name))")
        XCTAssertTrue(charts.contains { $0.name == "speedup-nbody-py3.13.0" })
        XCTAssertTrue(charts.contains { $0.name == "speedup-by-python-nbody" }, "3.11's panel says 'no result'")
    }

    func testWorkloadNamesBecomeSafeFileNames() {
        let odd = Workload(name: "my bench/1", path: "/x.py", summary: "", builtIn: false)
        let names = ChartPlan.charts(for: ChartFixtures.results(pythons: [ChartFixtures.new], workloads: [odd])).map(\.name)
        XCTAssertTrue(names.contains("speedup-my_bench_1-py3.13.0"), "\(names)")
    }

    func testEveryChartKindHasABuiltInDefinition() throws {
        let definitions = ChartDefinitions.builtIn
        for kind in ChartKind.allCases {
            let body = try definitions.body(of: kind)
            XCTAssertTrue(body.hasPrefix("# \(kind.scriptName): "), kind.scriptName)
            XCTAssertTrue(body.contains("pngcairo") && body.contains("terminal svg"), "\(kind.scriptName) draws PNG and SVG")
        }
    }

    func testTemplatesAreBuiltInUnlessTheVariableNamesAFolder() throws {
        XCTAssertNil(try ChartDefinitions.chosen(environment: [:]).directory, "the built-in templates")
        XCTAssertNil(try ChartDefinitions.chosen(environment: ["GILBENCH_PLOTS": ""]).directory)
        XCTAssertTrue(try ChartDefinitions.builtIn.text(named: "history.gp").hasPrefix("# history.gp"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plots-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertThrowsError(try ChartDefinitions.chosen(environment: ["GILBENCH_PLOTS": folder.path])) { error in
            XCTAssertEqual(error as? GILBenchError, .plotsFolderMissing)
        }
        try "# speedup.gp: mine\n".write(to: folder.appendingPathComponent("speedup.gp"), atomically: true, encoding: .utf8)
        let explicit = try ChartDefinitions.chosen(environment: ["GILBENCH_PLOTS": folder.path])
        XCTAssertEqual(try explicit.body(of: .speedup), "# speedup.gp: mine\n")
        XCTAssertThrowsError(try explicit.body(of: .wall), "a template missing from the folder is not taken from elsewhere")
    }
}

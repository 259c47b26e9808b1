// ChartTemplatesTests: the built-in gnuplot templates name no strategy, and draw whatever strategies their CSV
// holds (one the style table lacks takes the generated palette).
import Foundation
import GILBenchCore
import GILBenchExport
import XCTest

final class ChartTemplatesTests: XCTestCase {
    /// Every built-in template: one per chart kind, plus history.gp.
    private func templates() throws -> [(name: String, text: String)] {
        let names = ChartKind.allCases.map(\.scriptName) + [HistoryChart.scriptName]
        return try names.map { ($0, try ChartDefinitions.builtIn.text(named: $0)) }
    }

    /// Whether `name` occurs in `text` as a whole token (not inside a longer identifier or hyphenated name).
    private func mentions(_ text: String, _ name: String) -> Bool {
        let tokenCharacters = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "_-"))
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: name, range: searchRange) {
            let before = found.lowerBound == text.startIndex ? nil : text.unicodeScalars[text.unicodeScalars.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text.unicodeScalars[found.upperBound]
            if !(before.map(tokenCharacters.contains) ?? false) && !(after.map(tokenCharacters.contains) ?? false) { return true }
            searchRange = found.upperBound..<text.endIndex
        }
        return false
    }

    func testNoTemplateNamesAStrategy() throws {
        let all = try templates()
        XCTAssertEqual(all.count, ChartKind.allCases.count + 1)
        for (name, text) in all {
            for strategy in Strategy.allCases {
                XCTAssertFalse(mentions(text, strategy.rawValue), "\(name) names the strategy \(strategy.rawValue): charts must read strategies from their CSV")
            }
        }
        // The check itself can fail: a template that names a strategy is caught.
        XCTAssertTrue(mentions("strategies = \"threads processes\"", "threads"))
        XCTAssertFalse(mentions("process-pool-fork", "process-pool"))
    }

    func testTemplatesThatDrawStrategiesReadTheStyleTable() throws {
        for (name, text) in try templates() where name != ChartKind.soak.scriptName {
            XCTAssertTrue(text.contains("stats styles using"), "\(name) does not read the style table")
            XCTAssertFalse(text.contains("word(colours"), "\(name) keeps its own colour list")
        }
    }

    /// Runs the built-in speedup template on a CSV holding a strategy the style table lacks: it is drawn, with the
    /// palette, and named in the legend. Its quote would end a string in any `eval` of a name read from the CSV,
    /// so the render also shows no template evaluates one.
    func testAStrategyTheStyleTableLacksIsStillDrawn() throws {
        guard let gnuplot = Gnuplot.locate() else { throw XCTSkip("gnuplot is not installed") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gilbench-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let header = "python_version,python_build,workload,strategy,workers,speedup,speedup_min,speedup_max,status"
        let rows = ["3.13.0,default,nbody,threads,1,1.0,0.9,1.1,ok", "3.13.0,default,nbody,threads,2,1.1,1.0,1.2,ok",
                    "3.13.0,default,nbody,future'strategy,1,1.0,0.9,1.1,ok", "3.13.0,default,nbody,future'strategy,2,1.9,1.8,2.0,ok"]
        try (([header] + rows).joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("data.csv"), atomically: true, encoding: .utf8)
        try StrategyStylesCSVExporter.table().write(to: folder.appendingPathComponent(StrategyStylesCSVExporter.name))
        let chart = Chart(kind: .speedup, name: "probe", caption: "probe", python: "3.13.0", parameters: [
            .string("csv", "data.csv"), .string("styles", StrategyStylesCSVExporter.name), .string("python_version", "3.13.0"),
            .string("python_build", "default"), .string("workload", "nbody"), .number("cores", 2), .string("out", "probe"),
        ])
        let script = GnuplotScript.text(for: chart, definition: try ChartDefinitions.builtIn.body(of: .speedup), runID: "test")
        let url = folder.appendingPathComponent(chart.scriptName)
        try script.write(to: url, atomically: true, encoding: .utf8)
        try gnuplot.render(url)
        let svg = try String(contentsOf: folder.appendingPathComponent("probe.svg"), encoding: .utf8)
        XCTAssertTrue(svg.contains("future"), "the strategy missing from the style table is in the legend")
        XCTAssertTrue(svg.contains("threads"), "the known strategy is drawn too")
        // The palette's first colour is threads' own; the newcomer (second) takes the palette's second.
        XCTAssertTrue(svg.contains("rgb(213,  94,   0)") || svg.lowercased().contains("#d55e00"), "the newcomer is drawn in the palette's colour")
    }
}

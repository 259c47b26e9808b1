// ComparisonRenderersTests: the text, Markdown, CSV and JSON reports of a comparison carry the same findings.
import Foundation
import GILBenchCore
import GILBenchExport
import XCTest

final class ComparisonRenderersTests: XCTestCase {
    /// ExportFixtures' run against a copy whose threads trials are 30% slower (2 trials per side: too few for
    /// significance, so nothing regresses) and one with 7 clearly separated trials per side (a regression).
    private func comparison(trials: Int) -> Comparison {
        let base = ExportFixtures.results().records
        func scaled(_ records: [TrialRecord], _ factor: Double) -> [TrialRecord] {
            records.flatMap { record -> [TrialRecord] in
                guard record.status == .ok, let wall = record.wallSeconds else { return [record] }
                guard record.spec.repetition == 1 else { return [] } // expand one trial per point into `trials`
                let slower = record.spec.strategy == .threads ? factor : 1
                return (1...trials).map { index in
                    TrialRecord(spec: TrialSpec(python: record.spec.python, workload: record.spec.workload, size: record.spec.size,
                                                strategy: record.spec.strategy, workers: record.spec.workers,
                                                repetition: index, warmup: false, importSite: true),
                                status: .ok, setupSeconds: record.setupSeconds, wallSeconds: wall * slower * (1 + Double(index) * 0.001),
                                teardownSeconds: record.teardownSeconds, checksumOK: true, message: "", workers: [])
                }
            }
        }
        let python = ExportFixtures.python
        return Comparator.compare(base: ComparisonSide(label: "base", python: python, records: scaled(base, 1)),
                                  new: ComparisonSide(label: "new", python: python, records: scaled(base, 1.3)),
                                  settings: ComparisonSettings())
    }

    func testTextReportShowsRowsMeansAndTheConclusion() {
        let text = ComparisonTable.render(comparison(trials: 7))
        XCTAssertTrue(text.contains("nbody     threads"), text)
        XCTAssertTrue(text.contains("REGRESSION wall +30.0%"), text)
        XCTAssertTrue(text.contains("Geometric mean over workloads"), text)
        XCTAssertTrue(text.contains("REGRESSION in 2 of 4 point(s)"), text)
    }

    /// 2 trials a side can never give a rank-test p < 0.05 (at best 2 / C(4, 2) = 0.33): no regression, but no clean
    /// verdict either; the report says so and how many trials would do (5: 2/252 x 6 tests < 0.05). The speedup's
    /// t test has no floor, so only the 4 wall tests are blind.
    func testTooFewTrialsAreInconclusiveNotClean() {
        let report = comparison(trials: 2)
        XCTAssertFalse(report.hasRegression)
        XCTAssertEqual(report.outcome, .inconclusive)
        let text = ComparisonTable.render(report)
        XCTAssertFalse(text.contains("No regression"), text)
        XCTAssertTrue(text.contains("INCONCLUSIVE: no regression found, but 4 of 6 test(s) could not have flagged"), text)
        XCTAssertTrue(text.contains("--repeat 5 or more"), text)
        XCTAssertTrue(text.contains("allow p >= 0.3333"), text)
        XCTAssertFalse(text.contains("--correction none"), "raw p cannot help at 2 trials: \(text)")
    }

    /// 7 trials a side, 6 tests: a lone point can reach q = 6 x 2/3432 = 0.0035, and the report says so.
    func testSevenTrialsLetALonePointBeFlagged() throws {
        let base = comparison(trials: 7)
        XCTAssertEqual(base.outcome, .regression)
        XCTAssertTrue(base.power.canDetectASinglePoint)
        XCTAssertEqual(base.power.tests, 6)
        XCTAssertEqual(try XCTUnwrap(base.power.smallestSinglePointQValue), 6 * 2.0 / 3432, accuracy: 1e-12)
        XCTAssertTrue(ComparisonTable.render(base).contains("Power: 6 test(s) can fail this comparison"), ComparisonTable.render(base))
    }

    func testMarkdownIsATable() {
        let markdown = ComparisonMarkdown.render(comparison(trials: 7))
        XCTAssertTrue(markdown.contains("| workload | strategy | N |"), markdown)
        XCTAssertTrue(markdown.contains("| --- |"), markdown)
        XCTAssertTrue(markdown.contains("**REGRESSION in 2 of 4 point(s)"), markdown)
    }

    func testCSVRowsMatchTheHeader() throws {
        let text = String(decoding: ComparisonCSV.render(comparison(trials: 7)), as: UTF8.self)
        let rows = CSVFormat.parse(text)
        XCTAssertEqual(rows.first, ComparisonCSV.columns)
        XCTAssertTrue(rows.allSatisfy { $0.count == ComparisonCSV.columns.count })
        let threads = try XCTUnwrap(rows.first { $0[1] == "threads" && $0[2] == "1" })
        let column = { (name: String) in ComparisonCSV.columns.firstIndex(of: name)! }
        XCTAssertEqual(threads[column("wall_verdict")], "regression")
        XCTAssertEqual(threads[column("regression")], "true")
        XCTAssertTrue(rows.contains { $0[0] == "geomean" && $0[1] == "all" })
    }

    func testJSONCarriesTheVerdictAndDecodes() throws {
        let data = try ComparisonJSON.render(comparison(trials: 7))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(object["has_regression"] as? Bool, true)
        XCTAssertEqual(object["format_version"] as? Int, 2)
        XCTAssertEqual(object["outcome"] as? String, "regression")
        let inner = try XCTUnwrap(object["comparison"] as? [String: Any])
        XCTAssertEqual((inner["rows"] as? [Any])?.count, 4)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        struct Document: Decodable { let comparison: Comparison }
        XCTAssertEqual(try decoder.decode(Document.self, from: data).comparison.rows.count, 4)
    }
}

// ComparisonRenderersTests: the text, Markdown, CSV and JSON reports of a comparison carry the same findings.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import GILBenchTestSupport
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

    /// 2 trials a side can never give a one-sided rank-test p below 1/6: no regression, but no clean verdict either;
    /// the report says it could not detect even a doubling, and how many trials would detect 5% (5: 1/252 is below
    /// 0.05 / 4 wall tests, and the trials' spread is tiny).
    func testTooFewTrialsAreInconclusiveNotClean() {
        let report = comparison(trials: 2)
        XCTAssertFalse(report.hasRegression)
        XCTAssertEqual(report.outcome, .inconclusive)
        XCTAssertEqual(report.gate.trialsNeededPerSide, 5)
        let text = ComparisonTable.render(report)
        XCTAssertFalse(text.contains("No regression beyond"), text)
        XCTAssertTrue(text.contains("INCONCLUSIVE: could not detect even a doubling here at 80% power; to detect 5% at this spread, "
            + "measure 5 trials a side (run --repeat 5)."), text)
        XCTAssertTrue(text.contains("4 of 4 gating test(s) had less than 80% power"), text)
    }

    /// 7 trials a side: the 4 wall tests gate (speedup is listed, not gated), each with nearly full power at this
    /// spread (a regression of exactly the threshold leaves the interval's far bound short of it now and then).
    func testSevenTrialsHaveThePower() throws {
        let base = comparison(trials: 7)
        XCTAssertEqual(base.outcome, .regression)
        XCTAssertEqual(base.gate.tests.count, 4)
        XCTAssertTrue(base.gate.tests.allSatisfy { ($0.power ?? 0) >= 0.95 }, "\(base.gate.tests.map { $0.power ?? -1 })")
        let text = ComparisonTable.render(base)
        XCTAssertTrue(text.contains("Power: 4 gating test(s), one-sided, Holm adjusted"), text)
        XCTAssertTrue(text.contains("gate p  power"), text)
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
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(Double(threads[column("wall_power")])), 0.95)
        XCTAssertEqual(threads[column("speedup_power")], "", "speedup does not gate by default")
        XCTAssertTrue(rows.contains { $0[0] == "geomean" && $0[1] == "all" })
    }

    func testJSONCarriesTheVerdictAndDecodes() throws {
        let data = try ComparisonJSON.render(comparison(trials: 7))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(object["has_regression"] as? Bool, true)
        XCTAssertEqual(object["format_version"] as? Int, 3)
        XCTAssertEqual(object["outcome"] as? String, "regression")
        let inner = try XCTUnwrap(object["comparison"] as? [String: Any])
        XCTAssertEqual((inner["rows"] as? [Any])?.count, 4)
        let gate = try XCTUnwrap(inner["gate"] as? [String: Any])
        XCTAssertEqual(gate["exit_code"] as? Int, 2)
        XCTAssertEqual((gate["tests"] as? [[String: Any]])?.compactMap { $0["power"] as? Double }.count, 4)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        struct Document: Decodable { let comparison: Comparison }
        XCTAssertEqual(try decoder.decode(Document.self, from: data).comparison.rows.count, 4)
    }
}

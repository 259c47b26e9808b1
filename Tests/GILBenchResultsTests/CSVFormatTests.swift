// CSVFormatTests: quoting, number formats and parsing round trips.
import GILBenchResults
import XCTest

final class CSVFormatTests: XCTestCase {
    func testQuotesOnlyWhenNeeded() {
        XCTAssertEqual(CSVFormat.field("plain"), "plain")
        XCTAssertEqual(CSVFormat.field("a,b"), "\"a,b\"")
        XCTAssertEqual(CSVFormat.field("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(CSVFormat.field("two\nlines"), "\"two\nlines\"")
    }

    func testNumberFormats() {
        XCTAssertEqual(CSVFormat.seconds(0.1234567), "0.123457")
        XCTAssertEqual(CSVFormat.seconds(nil), "")
        XCTAssertEqual(CSVFormat.ratio(1.98766), "1.9877")
    }

    func testParseRoundTripsAwkwardFields() {
        let rows = [["a", "b,c", "d \"e\""], ["", "line\nbreak", "ValueError: x, y"]]
        let text = rows.map(CSVFormat.line).joined(separator: "\n") + "\n"
        XCTAssertEqual(CSVFormat.parse(text), rows)
    }
}

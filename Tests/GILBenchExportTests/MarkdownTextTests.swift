// MarkdownTextTests: names and docstrings stay text in report.md: no HTML, links, images, table breaks or fences.
import GILBenchExport
import GILBenchTestSupport
import XCTest

final class MarkdownTextTests: XCTestCase {
    func testInlineValuesCarryNoMarkup() {
        for (name, value) in HostileValues.strings {
            let text = MarkdownText.inline(value)
            XCTAssertFalse(text.contains("<") || text.contains(">"), "\(name): no raw HTML")
            XCTAssertFalse(text.contains("\n") || text.contains("\r"), "\(name): one line")
            XCTAssertFalse(text.unicodeScalars.contains { $0.properties.generalCategory == .control }, name)
            // Every [ ] | ` * is escaped (preceded by a backslash that is not itself escaped).
            let unescaped = text.replacingOccurrences(of: "\\\\", with: "").replacingOccurrences(of: "\\[", with: "")
                .replacingOccurrences(of: "\\]", with: "").replacingOccurrences(of: "\\|", with: "")
                .replacingOccurrences(of: "\\`", with: "").replacingOccurrences(of: "\\*", with: "")
            XCTAssertFalse(unescaped.contains(where: { "[]|`*".contains($0) }), "\(name): \(text.prefix(80))")
            XCTAssertLessThanOrEqual(text.count, 2 * MarkdownText.maximumLength + 8, name)
        }
    }

    func testExamples() {
        XCTAssertEqual(MarkdownText.inline("<b>x</b> & y"), "&lt;b&gt;x&lt;/b&gt; &amp; y")
        XCTAssertEqual(MarkdownText.inline("[a](b)"), "\\[a\\](b)")
        XCTAssertEqual(MarkdownText.inline("a|b\nc"), "a\\|b c")
        XCTAssertEqual(MarkdownText.inline("spectral_norm _it_"), "spectral_norm \\_it\\_")
        XCTAssertEqual(MarkdownText.inline("3.13.0 (main) x"), "3.13.0 (main) x")
        XCTAssertEqual(MarkdownText.inline("abc\u{202E}fed"), "abc\u{FFFD}fed")
    }

    func testACodeBlockCannotBeClosedFromInside() {
        let block = MarkdownText.codeBlock("echo ```\nrm -rf /\n````", language: "sh")
        let lines = block.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.first, "`````sh")
        XCTAssertEqual(lines.dropLast().last, "`````")
        XCTAssertEqual(MarkdownText.codeBlock("a\u{1B}b", language: "s`h"), "```sh\na\u{FFFD}b\n```\n")
    }
}

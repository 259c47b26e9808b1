// TerminalTextTests: nothing a terminal would obey survives; ordinary text is unchanged.
import GILBenchCore
import GILBenchTestSupport
import XCTest

final class TerminalTextTests: XCTestCase {
    func testHostileValuesLoseEveryControlCharacter() {
        for (name, value) in HostileValues.strings {
            let shown = TerminalText.escaped(value)
            XCTAssertFalse(shown.unicodeScalars.contains { TerminalText.isUnsafe($0) && $0 != "\n" && $0 != "\t" }, name)
            let line = TerminalText.line(value)
            XCTAssertFalse(line.unicodeScalars.contains(where: TerminalText.isUnsafe), name)
            XCTAssertFalse(line.contains("\n"), name)
        }
    }

    func testEscapesAreVisible() {
        XCTAssertEqual(TerminalText.escaped("\u{1B}[31mred"), "\\x1b[31mred")
        XCTAssertEqual(TerminalText.escaped("a\rb\u{0}c\u{7F}"), "a\\x0db\\x00c\\x7f")
        XCTAssertEqual(TerminalText.escaped("x\u{202E}y"), "x\\u{202e}y")
        XCTAssertEqual(TerminalText.escaped("two\nlines\tand a tab"), "two\nlines\tand a tab")
        XCTAssertEqual(TerminalText.line("two\nlines\t!"), "two\\nlines\\t!")
        XCTAssertEqual(TerminalText.escaped("Ünïcødé 名前 ×"), "Ünïcødé 名前 ×")
    }
}

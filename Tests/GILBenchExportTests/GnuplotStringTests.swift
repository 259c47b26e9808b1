// GnuplotStringTests: hostile values become inert gnuplot literals and comments (checked by gnuplot itself when installed).
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchTestSupport
import XCTest

final class GnuplotStringTests: XCTestCase {
    /// Single-quoted pieces without quotes, joined by ."'". (the only double-quoted text, a constant).
    private func pieces(_ literal: String) -> [Substring]? {
        let parts = literal.components(separatedBy: ".\"'\".")
        guard parts.allSatisfy({ $0.count >= 2 && $0.hasPrefix("'") && $0.hasSuffix("'") && !$0.dropFirst().dropLast().contains("'") }) else { return nil }
        return parts.map { $0.dropFirst().dropLast() }
    }

    func testALiteralIsQuotedPiecesOnOneLine() {
        for (name, value) in HostileValues.strings {
            let literal = GnuplotString.literal(value)
            guard let pieces = pieces(literal) else { XCTFail("\(name): \(literal.prefix(80))"); continue }
            XCTAssertFalse(literal.unicodeScalars.contains(where: GnuplotString.isUnsafe), "\(name): no control character survives")
            XCTAssertLessThanOrEqual(pieces.map(\.count).reduce(0, +), GnuplotString.maximumLength + 1, name)
        }
        XCTAssertEqual(GnuplotString.literal("it's"), "'it'.\"'\".'s'")
        XCTAssertEqual(GnuplotString.literal("''"), "''.\"'\".''.\"'\".''")
        XCTAssertEqual(GnuplotString.literal("AMD EPYC"), "'AMD EPYC'")
        XCTAssertEqual(GnuplotString.literal(""), "''")
    }

    func testReplacementsAreReported() {
        let encoded = GnuplotString.encode("a\nb\u{0}")
        XCTAssertEqual(encoded.text, "'a\u{FFFD}b\u{FFFD}'")
        XCTAssertEqual(encoded.replaced, ["U+000A at 1", "U+0000 at 3"])
        XCTAssertEqual(GnuplotString.encode("clean").replaced, [])
        XCTAssertEqual(Chart.Parameter.string("machine", "x\ny").replaced, ["U+000A at 1"])
    }

    func testAValueIsCutAtTheLimit() {
        let literal = GnuplotString.literal(String(repeating: "y", count: 100_000))
        XCTAssertEqual(literal.count, GnuplotString.maximumLength + 3)
        XCTAssertTrue(literal.hasSuffix("…'"))
    }

    func testACommentStaysOnOneLineAndDoesNotContinue() {
        for (name, value) in HostileValues.strings {
            let comment = GnuplotString.comment(value)
            XCTAssertFalse(comment.unicodeScalars.contains(where: GnuplotString.isUnsafe), name)
            XCTAssertFalse(comment.hasSuffix("\\"), "\(name): a trailing backslash would continue the comment")
        }
    }

    /// gnuplot reads each literal back as exactly the encoded text, and runs nothing.
    func testGnuplotReadsEveryLiteralAsDataAndRunsNothing() throws {
        guard let gnuplot = Gnuplot.locate() else { throw XCTSkip("gnuplot is not installed") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gilbench-gpstring-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let marker = folder.appendingPathComponent("MARKER")
        var script = ""
        let values = HostileValues.strings.map { ($0.name, $0.value.replacingOccurrences(of: "/tmp/gilbench-hostile", with: marker.path)) }
        for (index, (_, value)) in values.enumerated() {
            script += "# \(GnuplotString.comment(value))\n"
            script += "v\(index) = \(GnuplotString.literal(value))\n"
            script += "print v\(index)\n"
        }
        try Data(script.utf8).write(to: folder.appendingPathComponent("t.gp"))
        let output = try ProcessOutput.run(gnuplot.executable, ["t.gp"], directory: folder)
        XCTAssertEqual(output.exitCode, 0, output.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: marker.path), "gnuplot ran a payload")
        // gnuplot prints to stderr, one line per value.
        let printed = output.standardError.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertEqual(printed.count, values.count, output.standardError)
        for ((name, value), line) in zip(values, printed) {
            let expected = (pieces(GnuplotString.literal(value)) ?? []).joined(separator: "'")
            XCTAssertEqual(String(line), expected, name)
        }
    }
}

// FolderWriterTests: writes stay inside the folder: links are refused, never followed; the atomic replace is kept.
import Foundation
import GILBenchCore
import GILBenchResults
import XCTest

final class FolderWriterTests: XCTestCase {
    private var sandbox: URL!
    private var run: URL!
    private var outside: URL!

    override func setUpWithError() throws {
        sandbox = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)")
        run = sandbox.appendingPathComponent("run")
        outside = sandbox.appendingPathComponent("outside")
        for folder in [run!, outside!] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let sandbox = self.sandbox!
        addTeardownBlock { try? FileManager.default.removeItem(at: sandbox) }
    }

    private func link(_ name: String, to target: URL) throws {
        try FileManager.default.createSymbolicLink(atPath: run.appendingPathComponent(name).path, withDestinationPath: target.path)
    }

    private func assertLinkRefused(_ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            guard case let .resultsInvalid(_, reason)? = error as? GILBenchError else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertTrue(reason.contains("symbolic link"), reason, file: file, line: line)
        }
    }

    func testWritesAndReplacesAtomically() throws {
        try FolderWriter.write(Data("one\n".utf8), to: "a.csv", in: run)
        try FolderWriter.write(Data("two\n".utf8), to: "a.csv", in: run)
        XCTAssertEqual(try String(contentsOf: run.appendingPathComponent("a.csv"), encoding: .utf8), "two\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: run.path), ["a.csv"], "no temporary file left")
    }

    func testAFileThatIsALinkIsRefusedAndItsTargetKept() throws {
        let victim = outside.appendingPathComponent("victim")
        try Data("keep\n".utf8).write(to: victim)
        try link("report.md", to: victim)
        assertLinkRefused { try FolderWriter.write(Data("x".utf8), to: "report.md", in: run) }
        XCTAssertEqual(try String(contentsOf: victim, encoding: .utf8), "keep\n")
    }

    func testAPlantedTemporaryLinkIsRemovedNotFollowed() throws {
        let victim = outside.appendingPathComponent("victim")
        try Data("keep\n".utf8).write(to: victim)
        try link(".a.csv.tmp", to: victim)
        try FolderWriter.write(Data("new\n".utf8), to: "a.csv", in: run)
        XCTAssertEqual(try String(contentsOf: victim, encoding: .utf8), "keep\n")
        XCTAssertEqual(try String(contentsOf: run.appendingPathComponent("a.csv"), encoding: .utf8), "new\n")
    }

    func testASubfolderThatIsALinkIsRefused() throws {
        try link("plots", to: outside)
        assertLinkRefused { try FolderWriter.subfolder("plots", in: run) }
        assertLinkRefused { try FolderWriter.write(Data("x".utf8), to: "a.gp", in: run.appendingPathComponent("plots"), base: run) }
        assertLinkRefused { try FolderWriter.checkWritable(["plots/", "plots/a.png"], in: run) }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: outside.path), [])
    }

    func testCheckWritableRefusesLinksHardLinksAndOtherKinds() throws {
        let victim = outside.appendingPathComponent("victim")
        try Data("keep\n".utf8).write(to: victim)
        try FileManager.default.createDirectory(at: run.appendingPathComponent("plots"), withIntermediateDirectories: true)
        XCTAssertNoThrow(try FolderWriter.checkWritable(["plots/", "plots/a.png", "report.md"], in: run), "absent names and a real folder pass")
        try FileManager.default.createSymbolicLink(atPath: run.appendingPathComponent("plots/a.png").path, withDestinationPath: victim.path)
        assertLinkRefused { try FolderWriter.checkWritable(["plots/a.png"], in: run) }
        try FileManager.default.linkItem(at: victim, to: run.appendingPathComponent("plots/b.png"))
        XCTAssertThrowsError(try FolderWriter.checkWritable(["plots/b.png"], in: run))
        XCTAssertThrowsError(try FolderWriter.checkWritable(["plots"], in: run), "a folder where a file is written")
    }

    func testUnsafeNamesAreRefused() {
        XCTAssertThrowsError(try FolderWriter.write(Data(), to: "../escape", in: run))
        XCTAssertThrowsError(try FolderWriter.write(Data(), to: "a/b", in: run))
        XCTAssertFalse(FileManager.default.fileExists(atPath: sandbox.appendingPathComponent("escape").path))
    }
}

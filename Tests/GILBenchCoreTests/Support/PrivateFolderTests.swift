// PrivateFolderTests: private folders are owner-only and new, and go away on remove() and from the signal path.
import Foundation
import GILBenchCore
import XCTest

final class PrivateFolderTests: XCTestCase {
    func testEachFolderIsNewOwnerOnlyAndRemovedWithItsContents() throws {
        let first = try PrivateFolder(prefix: "gilbench-test")
        let second = try PrivateFolder(prefix: "gilbench-test")
        defer { first.remove(); second.remove() }
        XCTAssertNotEqual(first.url, second.url)
        XCTAssertTrue(first.url.lastPathComponent.hasPrefix("gilbench-test-"))
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: first.url.path)[.posixPermissions] as? Int, 0o700)
        try FileManager.default.createDirectory(at: first.url.appendingPathComponent("__pycache__"), withIntermediateDirectories: false)
        try Data("x".utf8).write(to: first.url.appendingPathComponent("__pycache__/a.pyc"))
        first.remove()
        XCTAssertFalse(FileManager.default.fileExists(atPath: first.url.path))
        first.remove()  // a second time is harmless
    }

    func testAnUnwritableTemporaryDirectoryIsAClearError() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString)").path
        let saved = ProcessInfo.processInfo.environment["TMPDIR"]
        setenv("TMPDIR", missing, 1)
        defer { if let saved { setenv("TMPDIR", saved, 1) } else { unsetenv("TMPDIR") } }
        XCTAssertThrowsError(try PrivateFolder(prefix: "gilbench-test")) { error in
            XCTAssertTrue("\(error)".contains("TMPDIR"), "\(error)")
        }
    }

    /// What an interrupt does (ChildProcess's handler): every folder given to removeOnSignal is removed, files
    /// written after it was registered included; a folder removed the ordinary way is forgotten.
    func testTheSignalPathRemovesRegisteredFoldersOnly() throws {
        let registered = try PrivateFolder(prefix: "gilbench-test")
        let forgotten = try PrivateFolder(prefix: "gilbench-test")
        let kept = try PrivateFolder(prefix: "gilbench-test")
        defer { registered.remove(); kept.remove() }
        registered.removeOnSignal()
        forgotten.removeOnSignal()
        forgotten.remove()
        try FileManager.default.createDirectory(at: registered.url.appendingPathComponent("late"), withIntermediateDirectories: false)
        try Data("x".utf8).write(to: registered.url.appendingPathComponent("late/file"))
        PrivateFolder.removeAllFromSignalHandler()
        let deadline = Date().addingTimeInterval(10)
        while FileManager.default.fileExists(atPath: registered.url.path) && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertFalse(FileManager.default.fileExists(atPath: registered.url.path), "the registered folder is removed")
        XCTAssertTrue(FileManager.default.fileExists(atPath: kept.url.path), "an unregistered folder is left alone")
    }
}

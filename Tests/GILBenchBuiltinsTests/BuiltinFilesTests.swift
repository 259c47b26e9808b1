// BuiltinFilesTests: the embedded files are exactly the folders' files, and every embedded .py compiles on every
// supported Python found here.
import Foundation
import GILBenchBuiltins
import GILBenchCore
import XCTest

final class BuiltinFilesTests: XCTestCase {
    /// Sources/GILBenchBuiltins in this checkout.
    private var sourceFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/GILBenchBuiltins", isDirectory: true)
    }

    func testTheTablesListEveryFileOfEachFolderWithItsBytes() throws {
        for folder in BuiltinFiles.Folder.allCases {
            let directory = sourceFolder.appendingPathComponent(folder.rawValue, isDirectory: true)
            let onDisk = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { !$0.hasPrefix(".") && $0 != "__pycache__" }
            let embedded = BuiltinFiles.files(in: folder)
            XCTAssertEqual(Set(embedded.keys), Set(onDisk),
                           "BuiltinFiles.swift's table for \(folder.rawValue)/ must name every file of the folder (add the new file's line)")
            for name in onDisk {
                XCTAssertEqual(embedded[name], [UInt8](try Data(contentsOf: directory.appendingPathComponent(name))),
                               "\(folder.rawValue)/\(name): the embedded bytes are the file's")
            }
        }
        XCTAssertNotNil(BuiltinFiles.text("MANIFEST", in: .benchmarks))
        XCTAssertNil(BuiltinFiles.text("MANIFEST", in: .plots))
    }

    func testWriteMakesOwnerOnlyCopiesAndNeverOverwrites() throws {
        let folder = try PrivateFolder(prefix: "gilbench-test")
        defer { folder.remove() }
        let mode = try FileManager.default.attributesOfItem(atPath: folder.url.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o700, "mkdtemp makes the folder owner-only")
        try BuiltinFiles.write(.benchmarks, into: folder.url)
        let nbody = folder.url.appendingPathComponent("nbody.py")
        XCTAssertEqual(try Data(contentsOf: nbody), Data(BuiltinFiles.files(in: .benchmarks)["nbody.py"] ?? []))
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: nbody.path)[.posixPermissions] as? Int, 0o600)
        XCTAssertThrowsError(try BuiltinFiles.write(.benchmarks, into: folder.url), "a file already there is not replaced")
        folder.remove()
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.url.path))
    }

    /// py_compile on every embedded .py (worker-side Python and the built-in workloads), on every supported Python
    /// (3.11+, shared libpython) that discovery finds, each checked from the embedded bytes.
    func testEveryEmbeddedPythonFileCompilesOnEverySupportedPython() throws {
        let pythons = PythonDiscovery().discover().installations.filter {
            $0.unusableReason == nil && $0.executable != nil && $0.parsedVersion >= PythonVersion(major: 3, minor: 11)
        }
        guard !pythons.isEmpty else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("CI must have a supported CPython (3.11+)") }
            throw XCTSkip("no supported CPython (3.11+) on this machine")
        }
        let folder = try PrivateFolder(prefix: "gilbench-test")
        defer { folder.remove() }
        var paths: [String] = []
        for source in [BuiltinFiles.Folder.python, .benchmarks] {
            let target = folder.url.appendingPathComponent(source.rawValue, isDirectory: true)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
            try BuiltinFiles.write(source, into: target)
            paths += BuiltinFiles.files(in: source).keys.filter { $0.hasSuffix(".py") }.sorted().map { target.appendingPathComponent($0).path }
        }
        XCTAssertGreaterThanOrEqual(paths.count, 6)
        // One line of Python: compile each file, writing the .pyc files into the test's own folder.
        let check = "import py_compile, sys; [py_compile.compile(p, cfile=p + 'c', doraise=True) for p in sys.argv[1:]]; print(len(sys.argv) - 1)"
        for python in pythons {
            let output = try ProcessOutput.run(python.executable!, ["-E", "-S", "-c", check] + paths)
            XCTAssertEqual(output.exitCode, 0, "Python \(python.label): \(output.standardError)")
            XCTAssertEqual(output.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines), String(paths.count), python.label)
        }
    }
}

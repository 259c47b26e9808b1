// WorkloadCatalogTests: MANIFEST parsing and --workload resolution.
import Foundation
import GILBenchCore
import XCTest

final class WorkloadCatalogTests: XCTestCase {
    private func makeCatalog() throws -> (WorkloadCatalog, URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        try "# name<TAB>summary\nalpha\tthe first\n\nbeta\tthe second\n".write(to: directory.appendingPathComponent("MANIFEST"), atomically: true, encoding: .utf8)
        for name in ["alpha", "beta", "user"] {
            try "def run(size):\n    return size\n".write(to: directory.appendingPathComponent("\(name).py"), atomically: true, encoding: .utf8)
        }
        return (try WorkloadCatalog(directory: directory.path), directory)
    }

    func testManifestListsBuiltInsInOrder() throws {
        let (catalog, _) = try makeCatalog()
        XCTAssertEqual(catalog.builtIns.map(\.name), ["alpha", "beta"])
        XCTAssertEqual(catalog.builtIns.map(\.summary), ["the first", "the second"])
    }

    func testResolvesNamesPathsAndAll() throws {
        let (catalog, directory) = try makeCatalog()
        XCTAssertEqual(try catalog.resolve(["all"]).map(\.name), ["alpha", "beta"])
        XCTAssertEqual(try catalog.resolve(["beta", "alpha", "beta"]).map(\.name), ["beta", "alpha"])
        let user = try catalog.resolve([directory.appendingPathComponent("user.py").path])
        XCTAssertEqual(user.map(\.name), ["user"])
        XCTAssertFalse(user[0].builtIn)
    }

    func testUnknownNameListsTheValidOnes() throws {
        let (catalog, _) = try makeCatalog()
        XCTAssertThrowsError(try catalog.resolve(["gamma"])) { error in
            XCTAssertTrue("\(error)".contains("unknown workload 'gamma'"), "\(error)")
            XCTAssertTrue("\(error)".contains("alpha, beta"), "\(error)")
        }
    }

    func testMissingFileSaysSo() throws {
        let (catalog, _) = try makeCatalog()
        XCTAssertThrowsError(try catalog.resolve(["/nonexistent/w.py"])) { error in
            XCTAssertEqual(error as? GILBenchError, .workloadFileMissing(path: "/nonexistent/w.py"))
        }
    }

    func testTwoFilesWithOneNameAreRefused() throws {
        let (catalog, directory) = try makeCatalog()
        let other = directory.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try "def run(size): return 1\n".write(to: other.appendingPathComponent("alpha.py"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try catalog.resolve(["alpha", other.appendingPathComponent("alpha.py").path]))
    }

    func testMissingManifestIsAClearError() {
        XCTAssertThrowsError(try WorkloadCatalog(directory: "/nonexistent")) { error in
            XCTAssertEqual(error as? GILBenchError, .benchmarksFolderMissing)
        }
    }

    func testBuiltInsComeFromTheBinaryIntoAPrivateFolderThatIsRemoved() throws {
        let catalog = try WorkloadCatalog.builtIn(environment: [:])
        let folder = try XCTUnwrap(catalog.privateCopy)
        XCTAssertEqual(catalog.directory, folder.url.path)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: folder.url.path)[.posixPermissions] as? Int, 0o700)
        XCTAssertFalse(folder.url.path.hasPrefix(FileManager.default.currentDirectoryPath + "/"), "not under the current directory")
        let nbody = try XCTUnwrap(try catalog.resolve(["nbody"]).first)
        XCTAssertTrue(nbody.builtIn)
        XCTAssertEqual(nbody.path, folder.url.appendingPathComponent("nbody.py").path)
        XCTAssertTrue(try String(contentsOfFile: nbody.path, encoding: .utf8).contains("def run("))
        XCTAssertTrue(catalog.builtIns.map(\.name).contains("spectral_norm"))
        XCTAssertTrue(catalog.inputWorkloads.map(\.name).contains("word_count"))
        catalog.removePrivateCopy()
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.url.path))
    }

    func testTheVariableNamesAnotherFolderAndAFolderWithoutManifestIsRefused() throws {
        let (_, directory) = try makeCatalog()
        let explicit = try WorkloadCatalog.builtIn(environment: ["GILBENCH_BENCHMARKS": directory.path])
        XCTAssertNil(explicit.privateCopy)
        XCTAssertEqual(explicit.builtIns.map(\.name), ["alpha", "beta"])
        XCTAssertThrowsError(try WorkloadCatalog.builtIn(environment: ["GILBENCH_BENCHMARKS": directory.appendingPathComponent("none").path])) { error in
            XCTAssertEqual(error as? GILBenchError, .benchmarksFolderMissing)
            XCTAssertTrue("\(error)".contains("GILBENCH_BENCHMARKS"))
        }
    }

    func testABuiltInFromThePrivateCopyIsRecordedByNameAndOtherWorkloadsByPath() throws {
        let catalog = try WorkloadCatalog.builtIn(environment: [:])
        defer { catalog.removePrivateCopy() }
        let resolved = try catalog.resolve(["nbody", "word_count"])
        let options = RunOptions(pythons: [], workloads: resolved, strategies: [.threads], workerCounts: [1], sizeOverride: nil,
                                 repeatCount: 1, warmupCount: 0, timeoutSeconds: 1, importSite: true)
        let recorded = catalog.recorded(options).workloads
        XCTAssertEqual(recorded.map(\.path), ["builtin:nbody", "builtin:word_count"])
        XCTAssertEqual(recorded.map(\.name), ["nbody", "word_count"])
        XCTAssertEqual(recorded.map(\.summary), resolved.map(\.summary))
        XCTAssertTrue(recorded.allSatisfy(\.builtIn))
        XCTAssertEqual(options.workloads, resolved, "what the run executes keeps the real path")
        XCTAssertFalse(recorded.contains { $0.path.contains(catalog.directory) })

        let (explicit, directory) = try makeCatalog()
        let user = try explicit.resolve(["alpha", directory.appendingPathComponent("user.py").path])
        XCTAssertEqual(user.map(explicit.recorded), user, "$GILBENCH_BENCHMARKS and user files keep their paths")
        XCTAssertEqual(user.map(catalog.recorded), user, "a file outside the private copy keeps its path")
    }
}

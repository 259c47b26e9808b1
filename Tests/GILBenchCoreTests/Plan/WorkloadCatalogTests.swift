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
}

// ReleaseTrackEndToEndTests: scripts/release-track --check says it is skipped, and why, where it cannot run (not
// root; no cached root and no network to the archive), and fails there instead under CI=true. The check itself
// (every strategy ok on Debian sid's 3.14 and 3.15) runs in CI from .ci/run, not here: it builds the bundle.
import Foundation
import GILBenchCore
import XCTest

final class ReleaseTrackEndToEndTests: XCTestCase {
    private var script: String { GILBenchBinary.repositoryRoot.appendingPathComponent("scripts/release-track").path }

    /// Runs `prefix + [script, "--check"]` with GILBENCH_CACHE in a fresh folder, with and without CI=true.
    private func check(wrappedIn prefix: [String]) throws -> (plain: ProcessOutput, ci: ProcessOutput, cache: URL) {
        let cache = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("cache")
        var environment = ProcessInfo.processInfo.environment
        environment["GILBENCH_CACHE"] = cache.path
        environment.removeValue(forKey: "CI")
        let plain = try ProcessOutput.run(prefix[0], Array(prefix.dropFirst()) + [script, "--check"], environment: environment)
        environment["CI"] = "true"
        let ci = try ProcessOutput.run(prefix[0], Array(prefix.dropFirst()) + [script, "--check"], environment: environment)
        return (plain, ci, cache)
    }

    private func requireRootAnd(_ tool: String) throws -> String {
        guard getuid() == 0 else { throw XCTSkip("needs root to run the check as another user or without network") }
        for folder in ["/usr/bin", "/bin", "/usr/sbin", "/sbin"] where FileManager.default.isExecutableFile(atPath: "\(folder)/\(tool)") {
            return "\(folder)/\(tool)"
        }
        throw XCTSkip("no \(tool) on this machine")
    }

    func testNotRootIsSkippedWithTheReasonExceptUnderCI() throws {
        let setpriv = try requireRootAnd("setpriv")
        let result = try check(wrappedIn: [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"])
        XCTAssertEqual(result.plain.exitCode, 0, result.plain.standardError)
        XCTAssertTrue(result.plain.standardError.contains("skipped: needs root"), result.plain.standardError)
        XCTAssertEqual(result.ci.exitCode, 1, result.ci.standardError)
        XCTAssertTrue(result.ci.standardError.contains("CI=true: the 3.14/3.15 check must run"), result.ci.standardError)
    }

    func testNoCachedRootAndNoNetworkIsSkippedWithTheReasonExceptUnderCI() throws {
        let unshare = try requireRootAnd("unshare")
        _ = try requireRootAnd("curl")  // the script asks the archive with curl; without it, mmdebstrap would find out
        let result = try check(wrappedIn: [unshare, "-n"])
        XCTAssertEqual(result.plain.exitCode, 0, result.plain.standardError)
        XCTAssertTrue(result.plain.standardError.contains("skipped: no Debian sid root cached"), result.plain.standardError)
        XCTAssertTrue(result.plain.standardError.contains("no network to"), result.plain.standardError)
        XCTAssertEqual(result.ci.exitCode, 1, result.ci.standardError)
        XCTAssertTrue(result.ci.standardError.contains("CI=true"), result.ci.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: result.cache.appendingPathComponent("sid-root").path),
                       "nothing was made")
    }
}

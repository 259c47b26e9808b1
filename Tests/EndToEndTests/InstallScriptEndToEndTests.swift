// InstallScriptEndToEndTests: scripts/install refuses anything but one PREFIX with its usage line and exit 64, before
// building anything.
import Foundation
import GILBenchCore
import XCTest

final class InstallScriptEndToEndTests: XCTestCase {
    func testBadArgumentsGetTheUsageLineAndExit64() throws {
        let script = GILBenchBinary.repositoryRoot.appendingPathComponent("scripts/install").path
        let sandbox = try GILBenchBinary.temporaryDirectory(self)
        for arguments in [[], ["--prefix", sandbox.path], [sandbox.path, "extra"], [""], ["-x"]] {
            let output = try ProcessOutput.run(script, arguments, directory: sandbox)
            XCTAssertEqual(output.exitCode, 64, "\(arguments): \(output.standardError)")
            let lines = output.standardError.split(separator: "\n")
            XCTAssertEqual(lines.count, 1, "\(arguments): one line: \(output.standardError)")
            XCTAssertTrue(output.standardError.contains("usage: scripts/install PREFIX"), "\(arguments): \(output.standardError)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: sandbox.path), [], "nothing written before the arguments are right")
        let help = try ProcessOutput.run(script, ["--help"], directory: sandbox)
        XCTAssertEqual(help.exitCode, 0)
        XCTAssertTrue(help.standardOutput.contains("Usage: scripts/install PREFIX"), help.standardOutput)
    }
}

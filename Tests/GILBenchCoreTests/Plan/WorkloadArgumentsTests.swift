// WorkloadArgumentsTests: --workload-arg values as a pyperf script's command line.
import Foundation
import GILBenchCore
import XCTest

final class WorkloadArgumentsTests: XCTestCase {
    func testNameValueFlagAndPositional() throws {
        XCTAssertEqual(try Workload.commandLine(fromWorkloadArgs: ["count=3", "fast", "=pickle", "--x=a=b"]),
                       ["--count", "3", "--fast", "pickle", "--x", "a=b"])
    }

    func testAnEmptyNameIsBadInput() {
        XCTAssertThrowsError(try Workload.commandLine(fromWorkloadArgs: ["=", "a b=1"].suffix(1)))
    }

    func testAddingArgumentsKeepsTheWorkloadAndDecodesWithoutThem() throws {
        let plain = Workload(name: "w", path: "/w.py", summary: "", builtIn: false)
        let withArgs = plain.adding(arguments: ["--n", "1"]).adding(arguments: ["x"])
        XCTAssertEqual(withArgs.arguments, ["--n", "1", "x"])
        XCTAssertEqual(withArgs.name, plain.name)
        XCTAssertEqual(plain.adding(arguments: []), plain)
        let old = try JSONDecoder().decode(Workload.self, from: Data(#"{"name":"w","path":"/w.py","summary":"","builtIn":false}"#.utf8))
        XCTAssertNil(old.arguments)
    }
}

// HostProgramTests: the host's request dispatch where it answers without starting CPython.
import Foundation
import GILBenchCore
@testable import GILBenchHost
import XCTest
#if canImport(Glibc)
import Glibc
#endif

final class HostProgramTests: XCTestCase {
    /// Runs `body` with a channel whose lines come back through a pipe, and returns the first line's report.
    private func answer(_ body: (LineChannel) -> Int32) throws -> (status: Int32, report: HostReport?) {
        var ends: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ends), 0)
        let writer = LineChannel(fileDescriptor: ends[1])
        let status = body(writer)
        close(ends[1])
        defer { close(ends[0]) }
        let report = try LineChannel(fileDescriptor: ends[0]).readMessage(HostReport.self, until: .after(seconds: 5))
        return (status, report)
    }

    func testARequestThatDoesNotDecodeIsReportedAndExits2() throws {
        for request in ["", "{", "{\"unknown\": {}}", "[1, 2]"] {
            let (status, report) = try answer { HostProgram.dispatch(requestJSON: request, channel: $0) }
            XCTAssertEqual(status, 2, request)
            XCTAssertEqual(report, .failed(status: .error, message: "the host could not decode its request"), request)
        }
    }

    /// A soak of a strategy whose workers do not live in the host is refused before any Python starts.
    func testASoakOfProcessesIsUnsupportedWithoutStartingPython() throws {
        let spec = SoakSpec(python: HostTestFixtures.python(), workload: HostTestFixtures.workload(), size: 1,
                            strategy: .processes, cycles: 10, sampleEvery: 1, importSite: true)
        let request = try HostRequest.soak(spec).commandLineArgument()
        let (status, report) = try answer { HostProgram.dispatch(requestJSON: request, channel: $0) }
        XCTAssertEqual(status, 1)
        guard case let .failed(failure, message)? = report else { return XCTFail("no failure: \(String(describing: report))") }
        XCTAssertEqual(failure, .unsupported)
        XCTAssertTrue(message.hasSuffix("not processes"), message)
    }

    /// A library that cannot be loaded is one `error` line naming it, and exit 1.
    func testATrialWhoseLibraryIsMissingIsAnError() throws {
        let python = HostTestFixtures.python()
        let spec = HostTestFixtures.spec(strategy: .threads, python: python)
        let request = try HostRequest.trial(spec).commandLineArgument()
        let (status, report) = try answer { HostProgram.dispatch(requestJSON: request, channel: $0) }
        XCTAssertEqual(status, 1)
        guard case let .failed(failure, message)? = report else { return XCTFail("no failure: \(String(describing: report))") }
        XCTAssertEqual(failure, .error)
        XCTAssertTrue(message.contains(python.library), message)
    }
}

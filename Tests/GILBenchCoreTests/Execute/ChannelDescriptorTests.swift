// ChannelDescriptorTests: the channel moves to a high close-on-exec descriptor and the low one is neutralised.
import GILBenchCore
import XCTest
#if canImport(Glibc)
import Glibc
#endif

final class ChannelDescriptorTests: XCTestCase {
    func testFloorSitsAboveCommonCloseRangesAndBelowTheLimit() {
        XCTAssertEqual(ChannelDescriptor.floor(softLimit: 1024), 992)
        XCTAssertEqual(ChannelDescriptor.floor(softLimit: 1_048_576), 4064, "capped so the descriptor table stays small")
        XCTAssertLessThan(ChannelDescriptor.floor(softLimit: 64), 64)
        XCTAssertGreaterThanOrEqual(ChannelDescriptor.floor(softLimit: 64), 10)
    }

    func testMoveHighKeepsTheSocketUsableAndPutsDevNullOnTheOldNumber() throws {
        var sockets: [Int32] = [0, 0]
        XCTAssertEqual(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &sockets), 0)
        defer { close(sockets[0]) }
        let low = sockets[1]
        let moved = ChannelDescriptor.moveHigh(low)
        defer { close(moved); close(low) }
        XCTAssertGreaterThanOrEqual(moved, ChannelDescriptor.floor(softLimit: ChannelDescriptor.softLimit()))
        XCTAssertEqual(fcntl(moved, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC, "not inherited by anything the workload spawns")
        // The moved descriptor still carries the channel...
        XCTAssertTrue(LineChannel(fileDescriptor: moved).writeAll(Array("hi\n".utf8)))
        XCTAssertEqual(LineChannel(fileDescriptor: sockets[0]).readLine(until: .after(seconds: 5)), .line("hi"))
        // ...while a stray write to the old number goes to /dev/null, not to the parent.
        XCTAssertEqual(write(low, "x", 1), 1)
        var status = stat()
        XCTAssertEqual(fstat(low, &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFCHR, "the old number is /dev/null now")
    }
}

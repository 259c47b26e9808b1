// MemoryLimitTests: parsing --memory-limit and the message of a trial that ran out of it.
import GILBenchCore
import XCTest

final class MemoryLimitTests: XCTestCase {
    func testParsesBytesAndBinaryUnits() {
        XCTAssertEqual(MemoryLimit.parseBytes("1048576"), 1 << 20)
        XCTAssertEqual(MemoryLimit.parseBytes("512M"), 512 << 20)
        XCTAssertEqual(MemoryLimit.parseBytes("2G"), 2 << 30)
        XCTAssertEqual(MemoryLimit.parseBytes("1.5GiB"), 3 << 29)
        XCTAssertEqual(MemoryLimit.parseBytes("64k"), 64 << 10)
        for bad in ["", "-1", "0", "lots", "2X", "1e30"] { XCTAssertNil(MemoryLimit.parseBytes(bad), bad) }
    }

    func testAnnotatesOnlyUnderALimit() {
        let error = "worker 0: MemoryError (at allocates.py:10)"
        XCTAssertEqual(MemoryLimit.annotate(error, status: .error, limitBytes: nil), error)
        XCTAssertTrue(MemoryLimit.annotate(error, status: .error, limitBytes: 1 << 30).hasPrefix("ran out of the --memory-limit of 1073741824 bytes"))
        XCTAssertEqual(MemoryLimit.annotate("checksum mismatch", status: .error, limitBytes: 1 << 30), "checksum mismatch")
        XCTAssertTrue(MemoryLimit.annotate("host process killed by SIGABRT", status: .crash, limitBytes: 1 << 30).contains("under the --memory-limit"))
    }
}

// ProcessTableTests: /proc/PID/stat parsing, descendant walks and printable command lines.
import GILBenchCore
import XCTest

final class ProcessTableTests: XCTestCase {
    func testStatWithSpacesAndParenthesesInTheName() throws {
        let entry = try XCTUnwrap(ProcessTable.parseStat("4242 (evil) (name S 1) Z 17 4242 4242 0 -1 4194560 0"))
        XCTAssertEqual(entry, ProcessEntry(pid: 4242, parentPID: 17, groupID: 4242, state: "Z"))
        XCTAssertTrue(entry.isZombie)
        XCTAssertNil(ProcessTable.parseStat("garbage"))
    }

    func testDescendantsFollowParentChainsOnly() {
        let table = [
            ProcessEntry(pid: 10, parentPID: 1, groupID: 10, state: "S"),
            ProcessEntry(pid: 11, parentPID: 10, groupID: 10, state: "S"),
            ProcessEntry(pid: 12, parentPID: 11, groupID: 12, state: "R"),
            ProcessEntry(pid: 13, parentPID: 1, groupID: 13, state: "S"),
            ProcessEntry(pid: 14, parentPID: 12, groupID: 12, state: "Z"),
        ]
        XCTAssertEqual(ProcessTable.descendants(of: 10, in: table).map(\.pid), [11, 12, 14])
        XCTAssertEqual(ProcessTable.descendants(of: 13, in: table).map(\.pid), [])
    }

    func testTheRealTableHoldsThisProcessAndItsParent() throws {
        let me = try XCTUnwrap(ProcessTable.snapshot().first { $0.pid == getpid() })
        XCTAssertEqual(me.parentPID, getppid())
        XCTAssertEqual(me.groupID, getpgrp())
        XCTAssertNotNil(ProcessTable.commandLine(of: getpid()))
    }

    func testHostileCommandLinesBecomeOneBoundedPrintableLine() {
        let bytes = Array("python\0-c\0print(1)\n\u{1B}[31mred\r|`x`\"'\0".utf8) + [0xFF, 0x00]
        let text = ProcessTable.printable(commandLine: bytes)
        XCTAssertEqual(text, "python -c print(1)\\x0a\\x1b[31mred\\x0d|`x`\"' \u{FFFD}")
        XCTAssertFalse(text.unicodeScalars.contains { $0.properties.generalCategory == .control })
        let long = ProcessTable.printable(commandLine: Array(String(repeating: "\u{1B}", count: 500).utf8))
        XCTAssertLessThanOrEqual(long.count, ProcessTable.maximumCommandLineLength + 1)
        XCTAssertTrue(long.hasSuffix("…"))
    }
}

// CPUListTests: the kernel's CPU list syntax, both ways.
import GILBenchCore
import XCTest

final class CPUListTests: XCTestCase {
    func testParsesSinglesRangesAndMixtures() {
        XCTAssertEqual(CPUList(parsing: "0")?.cpus, [0])
        XCTAssertEqual(CPUList(parsing: "0,1")?.cpus, [0, 1])
        XCTAssertEqual(CPUList(parsing: "0-3,8-9")?.cpus, [0, 1, 2, 3, 8, 9])
        XCTAssertEqual(CPUList(parsing: " 3, 1 ,1")?.cpus, [1, 3], "sorted, unique, spaces allowed")
    }

    func testRejectsWhatIsNotAList() {
        for text in ["", ",", "a", "1-", "-1", "3-1", "0,,1", "1024", "0-2000", "1.5", "٣"] {
            XCTAssertNil(CPUList(parsing: text), text)
        }
    }

    func testPrintsRunsCollapsedAndRoundTripsThroughJSON() throws {
        let list = CPUList([0, 1, 2, 5, 7, 8])
        XCTAssertEqual(list.description, "0-2,5,7-8")
        XCTAssertEqual(CPUList(parsing: list.description), list)
        let data = try JSONEncoder().encode(list)
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "\"0-2,5,7-8\"")
        XCTAssertEqual(try JSONDecoder().decode(CPUList.self, from: data), list)
    }

    func testReadsTheAllowedListFromProcStatus() {
        let status = "Name:\tgilbench\nCpus_allowed:\tf\nCpus_allowed_list:\t0-3\nMems_allowed_list:\t0\n"
        XCTAssertEqual(CPUAffinity.allowedList(inStatus: status), CPUList([0, 1, 2, 3]))
        XCTAssertNil(CPUAffinity.allowedList(inStatus: "Name:\tx\n"))
        XCTAssertNotNil(CPUAffinity.current(), "this process's own mask is readable on Linux")
    }
}

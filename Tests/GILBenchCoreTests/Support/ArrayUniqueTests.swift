// ArrayUniqueTests: uniqued() keeps each element once, where it first appears, for Hashable and Equatable elements.
import GILBenchCore
import XCTest

final class ArrayUniqueTests: XCTestCase {
    /// Equatable but not Hashable: takes the Equatable overload.
    private struct Point: Equatable {
        let x: Int
    }

    func testKeepsTheFirstOfEachInOrder() {
        XCTAssertEqual(["b", "a", "b", "c", "a"].uniqued(), ["b", "a", "c"])
        XCTAssertEqual([3, 3, 3].uniqued(), [3])
        XCTAssertEqual([Int]().uniqued(), [])
        XCTAssertEqual([Point(x: 2), Point(x: 1), Point(x: 2)].uniqued(), [Point(x: 2), Point(x: 1)])
    }

    func testPythonsOfRowsComeOutOnceEachInFirstSeenOrder() {
        let free = PythonIdentity(version: "3.13.5", build: "free-threaded")
        let gil = PythonIdentity(version: "3.13.5", build: "default")
        XCTAssertEqual([free, gil, free, gil].uniqued(), [free, gil])
    }

    func testALongArrayStaysInOrder() {
        let values = (0..<20_000).map { $0 % 5_000 }
        XCTAssertEqual(values.uniqued(), Array(0..<5_000))
    }
}

// ABOrderTests: blocks run A B B A (B A A B in odd blocks) at every point, rotate their start, balance a linear drift.
import GILBenchCore
import XCTest

final class ABOrderTests: XCTestCase {
    func testBlockIsABBAPerPointRotatingTheStart() {
        let first = ABOrder.block(0, points: [0, 1, 2])
        XCTAssertEqual(first.map(\.side), Array(repeating: [ABSide.base, .new, .new, .base], count: 3).flatMap { $0 })
        XCTAssertEqual(first.map(\.point), [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2])
        XCTAssertEqual(ABOrder.block(1, points: [0, 1, 2]).map(\.point), [1, 1, 1, 1, 2, 2, 2, 2, 0, 0, 0, 0])
        XCTAssertEqual(ABOrder.block(1, points: [0]).map(\.side), [.new, .base, .base, .new])
        XCTAssertEqual(ABOrder.block(0, points: [4, 7]).map(\.point), [4, 4, 4, 4, 7, 7, 7, 7])
        XCTAssertTrue(ABOrder.block(3, points: []).isEmpty)
    }

    /// A drift linear in time adds the same to both sides' mean position, so it cancels in the difference.
    func testEachSideHasTwoTrialsAPointAndTheSameMeanPosition() {
        for block in 0..<4 {
            let steps = ABOrder.block(block, points: [0, 1, 2, 3])
            for point in 0..<4 {
                let base = steps.indices.filter { steps[$0].point == point && steps[$0].side == .base }
                let new = steps.indices.filter { steps[$0].point == point && steps[$0].side == .new }
                XCTAssertEqual(base.count, ABOrder.trialsPerSidePerBlock)
                XCTAssertEqual(new.count, ABOrder.trialsPerSidePerBlock)
                XCTAssertEqual(base.reduce(0, +), new.reduce(0, +))
            }
        }
    }

    /// Over two blocks each side opens a point as often as the other (no side always runs first, or after itself).
    func testTwoBlocksGiveEachSideTheFirstPlaceEquallyOften() {
        let steps = ABOrder.block(0, points: [0, 1]) + ABOrder.block(1, points: [0, 1])
        let firsts = stride(from: 0, to: steps.count, by: 4).map { steps[$0].side }
        XCTAssertEqual(firsts.filter { $0 == .base }.count, firsts.filter { $0 == .new }.count)
    }
}

// SplitMix64Tests: the generator reproduces the reference SplitMix64 sequence and stays in range.
import GILBenchCore
import XCTest

final class SplitMix64Tests: XCTestCase {
    func testMatchesTheReferenceSequenceForSeedZero() {
        var generator = SplitMix64(seed: 0)
        XCTAssertEqual(generator.next(), 0xE220_A839_7B1D_CDAF)
        XCTAssertEqual(generator.next(), 0x6E78_9E6A_A1B9_65F4)
        XCTAssertEqual(generator.next(), 0x06C4_5D18_8009_454F)
    }

    func testIndexStaysBelowTheBoundAndCoversIt() {
        var generator = SplitMix64(seed: 42)
        var seen = Set<Int>()
        for _ in 0..<1000 {
            let index = generator.index(below: 5)
            XCTAssert((0..<5).contains(index))
            seen.insert(index)
        }
        XCTAssertEqual(seen, Set(0..<5))
    }
}

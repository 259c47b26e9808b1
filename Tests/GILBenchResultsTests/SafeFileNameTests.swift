// SafeFileNameTests: any value becomes one safe file-name component; long values stay distinct.
import GILBenchResults
import GILBenchTestSupport
import XCTest

final class SafeFileNameTests: XCTestCase {
    func testHostileValuesBecomeSafeComponents() {
        for (name, value) in HostileValues.strings {
            let component = SafeFileName.component(value)
            XCTAssertTrue(SafeFileName.isSafe(component), "\(name): \(component.prefix(80))")
            XCTAssertFalse(component.contains("/"), name)
            XCTAssertFalse(component.hasPrefix("."), name)
            XCTAssertLessThanOrEqual(component.count, SafeFileName.maximumLength, name)
        }
    }

    func testExamples() {
        XCTAssertEqual(SafeFileName.component("nbody"), "nbody")
        XCTAssertEqual(SafeFileName.component("spectral_norm-py3.13.0t"), "spectral_norm-py3.13.0t")
        XCTAssertEqual(SafeFileName.component("../x"), "_._x")
        XCTAssertEqual(SafeFileName.component(".."), "_.")
        XCTAssertEqual(SafeFileName.component("naïve"), "na_ve")
        XCTAssertEqual(SafeFileName.component(""), "_")
        XCTAssertFalse(SafeFileName.isSafe("a/b"))
        XCTAssertFalse(SafeFileName.isSafe(".."))
    }

    func testLongNamesAreCutAndStayDistinct() {
        let a = SafeFileName.component(String(repeating: "w", count: 300) + "a")
        let b = SafeFileName.component(String(repeating: "w", count: 300) + "b")
        XCTAssertEqual(a.count, SafeFileName.maximumLength)
        XCTAssertNotEqual(a, b)
        XCTAssertEqual(a, SafeFileName.component(String(repeating: "w", count: 300) + "a"), "stable")
    }
}

// PythonIdentityTests: a row's Python is its version and build, and matches the installation its trials ran on.
import GILBenchCore
import XCTest

final class PythonIdentityTests: XCTestCase {
    func testTheLabelMarksAFreeThreadedBuild() {
        XCTAssertEqual(PythonIdentity(version: "3.13.5", build: "default").label, "3.13.5")
        XCTAssertEqual(PythonIdentity(version: "3.13.5", build: "free-threaded").label, "3.13.5t")
    }

    func testTwoBuildsOfOneVersionAreTwoPythons() {
        let gil = PythonIdentity(version: "3.13.5", build: "default")
        let free = PythonIdentity(version: "3.13.5", build: "free-threaded")
        XCTAssertNotEqual(gil, free)
        XCTAssertEqual(Set([gil, free, gil]).count, 2)
    }

    func testARowAndItsInstallationNameTheSamePython() {
        let installation = Fixtures.python("3.13.0")
        let baseline = ThroughputBaseline(python: installation, strategy: .threads)
        XCTAssertEqual(baseline.python, installation.identity)
        XCTAssertEqual(baseline.pythonLabel, installation.label)
        let other = ThroughputBaseline(pythonVersion: "3.12.1", pythonBuild: "default", strategy: .threads)
        XCTAssertNotEqual(other.python, installation.identity)
    }
}

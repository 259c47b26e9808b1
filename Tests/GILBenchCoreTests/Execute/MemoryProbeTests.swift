// MemoryProbeTests: parsing captured /proc texts, and reading this process.
import GILBenchCore
import XCTest
#if canImport(Glibc)
import Glibc
#endif

final class MemoryProbeTests: XCTestCase {
    /// Captured from `cat /proc/self/smaps_rollup` on the development machine (Linux 6.x).
    static let rollup = """
    55c24efcd000-7ffca428b000 ---p 00000000 00:00 0                          [rollup]
    Rss:                1672 kB
    Pss:                 192 kB
    Pss_Dirty:           112 kB
    Pss_Anon:            112 kB
    Pss_File:             80 kB
    Pss_Shmem:             0 kB
    Shared_Clean:       1520 kB
    Shared_Dirty:          0 kB
    Private_Clean:        40 kB
    Private_Dirty:       112 kB
    Referenced:         1672 kB
    Anonymous:           112 kB
    KSM:                   0 kB
    LazyFree:              0 kB
    AnonHugePages:         0 kB
    Swap:                  0 kB
    SwapPss:               0 kB
    Locked:                0 kB

    """

    func testParsesRSSPSSAndPrivateAsUSS() throws {
        let usage = try XCTUnwrap(MemoryProbe.parseSmaps(Self.rollup))
        XCTAssertEqual(usage.rssBytes, 1672 * 1024)
        XCTAssertEqual(usage.pssBytes, 192 * 1024, "Pss only, not Pss_Dirty/Pss_Anon/Pss_File")
        XCTAssertEqual(usage.ussBytes, (40 + 112) * 1024, "Private_Clean + Private_Dirty")
    }

    func testPerMappingSmapsLinesAddUp() throws {
        let twoMappings = "Rss: 8 kB\nPss: 4 kB\nPrivate_Clean: 0 kB\nPrivate_Dirty: 4 kB\nRss: 12 kB\nPss: 12 kB\nPrivate_Clean: 12 kB\nPrivate_Dirty: 0 kB\n"
        XCTAssertEqual(MemoryProbe.parseSmaps(twoMappings), MemoryUsage(rssBytes: 20 * 1024, pssBytes: 16 * 1024, ussBytes: 16 * 1024))
    }

    func testTextWithoutRSSIsNil() {
        XCTAssertNil(MemoryProbe.parseSmaps(""))
        XCTAssertNil(MemoryProbe.parseSmaps("Name:\tbash\nVmHWM:\t 100 kB\n"))
    }

    func testParsesTheTabSeparatedHighWaterMark() {
        XCTAssertEqual(MemoryProbe.parseHighWater("Name:\tgilbench\nVmPeak:\t  400000 kB\nVmHWM:\t    2028 kB\nVmRSS:\t 1900 kB\n"), 2028 * 1024)
        XCTAssertNil(MemoryProbe.parseHighWater("Name:\tgilbench\n"))
    }

    func testParsesTheResidentPagesOfStatm() {
        XCTAssertEqual(MemoryProbe.parseStatmResident("4321 1200 800 100 0 900 0\n", pageBytes: 4096), 1200 * 4096)
        XCTAssertNil(MemoryProbe.parseStatmResident("", pageBytes: 4096))
    }

    func testPeakPSSIsSetUpPSSPlusTheRSSGrowth() throws {
        let setup = MemoryUsage(rssBytes: 30 << 20, pssBytes: 12 << 20, ussBytes: 9 << 20)
        let measured = TrialMeasurement(setupSeconds: 0.1, wallSeconds: 1, teardownSeconds: 0.01, workers: [], setupMemory: setup,
                                        peakMemory: PeakMemory(rssBytes: 230 << 20, highWaterBytes: 0))
        let memory = try XCTUnwrap(measured.memory)
        XCTAssertEqual(memory.peakRSSBytes, 230 << 20)
        XCTAssertEqual(memory.peakPSSBytes, (12 + 200) << 20)
        XCTAssertEqual(memory.highWaterBytes, 230 << 20, "never below the sampled peak")
        let unsampled = TrialMeasurement(setupSeconds: 0.1, wallSeconds: 1, teardownSeconds: 0.01, workers: [], setupMemory: setup)
        XCTAssertNil(unsampled.memory?.peakPSSBytes, "sampler off: no peak columns")
        XCTAssertEqual(unsampled.memory?.setup, setup)
    }

    func testReadsThisProcessWhereProcIsMounted() throws {
        guard FileManager.default.fileExists(atPath: "/proc/self/smaps_rollup") else { throw XCTSkip("no /proc/PID/smaps_rollup here") }
        let usage = try XCTUnwrap(MemoryProbe.usage(of: getpid()))
        XCTAssertGreaterThan(usage.rssBytes, 0)
        XCTAssertLessThanOrEqual(usage.pssBytes, usage.rssBytes)
        XCTAssertLessThanOrEqual(usage.ussBytes, usage.pssBytes)
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(MemoryProbe.highWater(of: getpid())), usage.rssBytes)
        XCTAssertGreaterThan(try XCTUnwrap(MemoryProbe.residentBytes(of: getpid())), 0)
    }
}

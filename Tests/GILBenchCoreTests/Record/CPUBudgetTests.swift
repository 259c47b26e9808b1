// CPUBudgetTests: usable CPUs from the affinity mask and cgroup quotas (v1 and v2).
import GILBenchCore
import XCTest

final class CPUBudgetTests: XCTestCase {
    func testTheMaskLimitsTheUsableCount() {
        let budget = CPUBudget(online: 8, affinity: CPUList([0, 1, 2, 3, 4, 5, 6, 7]), quotaCPUs: nil)
        XCTAssertEqual(budget.usable, 8)
        XCTAssertEqual(budget.pinned(to: CPUList([2])).usable, 1)
        XCTAssertEqual(budget.pinned(to: CPUList([0, 1])).usable, 2)
        XCTAssertEqual(budget.pinned(to: nil), budget)
    }

    func testAQuotaCutsTheMaskRoundedUp() {
        XCTAssertEqual(CPUBudget(online: 8, affinity: CPUList(Array(0..<8)), quotaCPUs: 1.5).usable, 2)
        XCTAssertEqual(CPUBudget(online: 8, affinity: CPUList(Array(0..<8)), quotaCPUs: 0.2).usable, 1)
        XCTAssertEqual(CPUBudget(online: 8, affinity: CPUList([0, 1]), quotaCPUs: 4).usable, 2, "the smaller limit wins")
        XCTAssertEqual(CPUBudget(online: 4, affinity: nil, quotaCPUs: nil).usable, 4, "no mask: the online count")
    }

    func testParsesCgroupQuotaFiles() {
        XCTAssertEqual(CPUBudget.cpuMax("150000 100000\n"), 1.5)
        XCTAssertNil(CPUBudget.cpuMax("max 100000\n"))
        XCTAssertEqual(CPUBudget.cfsQuota("200000\n", "100000\n"), 2)
        XCTAssertNil(CPUBudget.cfsQuota("-1\n", "100000\n"))
    }

    func testFindsTheQuotaOfThisProcessesCgroup() {
        let files = [
            "/sys/fs/cgroup/job/cpu.max": "50000 100000",
            "/sys/fs/cgroup/cpu,cpuacct/box/cpu.cfs_quota_us": "300000",
            "/sys/fs/cgroup/cpu,cpuacct/box/cpu.cfs_period_us": "100000",
        ]
        let read = { (path: String) in files[path] }
        XCTAssertEqual(CPUBudget.quota(cgroups: "0::/job\n", read: read), 0.5, "cgroup v2")
        XCTAssertEqual(CPUBudget.quota(cgroups: "4:memory:/box\n3:cpu,cpuacct:/box\n", read: read), 3, "cgroup v1")
        XCTAssertNil(CPUBudget.quota(cgroups: "0::/other\n", read: read), "no cpu.max anywhere: unlimited")
        XCTAssertNil(CPUBudget.quota(cgroups: "", read: read))
    }
}

// MetadataFormatTwoTests: the fields this format adds survive metadata.json's snake_case round trip, and a
// format-1 file (without them) still reads, with them nil.
import Foundation
import GILBenchCore
import GILBenchResults
import GILBenchTestSupport
import XCTest

final class MetadataFormatTwoTests: XCTestCase {
    func testNewMachineOptionAndReferenceFieldsRoundTrip() throws {
        let base = ExportFixtures.results()
        var machine = base.metadata.machine
        machine.onlineCpus = 4
        machine.affinity = CPUList([0, 1])
        machine.cpuQuota = 1.5
        machine.usableCpus = 2
        machine.frequencyGovernors = ["schedutil"]
        var options = base.metadata.options
        options.autoSize = true
        options.minimumCallSeconds = 0.1
        options.untilCiPercent = 5
        options.maximumRepeat = 12
        var reference = RunMetadata.Reference(pythonVersion: "3.13.0", pythonBuild: "default", workload: "nbody", size: 42, checksum: "1",
                                              directSeconds: 0.1, docstring: "", error: nil)
        reference.calibration = try SizeCalibration.search(minimumSeconds: 0.1) { Double($0) * 0.01 }
        let metadata = RunMetadata(runID: "r", commandLine: ["gilbench"], startTime: Date(timeIntervalSince1970: 0),
                                   machine: machine, options: options, references: [reference])
        let data = try MetadataJSONExporter().export(RunResults(metadata: metadata, records: []))
        let text = String(decoding: data, as: UTF8.self)
        for key in ["\"online_cpus\"", "\"usable_cpus\"", "\"cpu_quota\"", "\"frequency_governors\"", "\"until_ci_percent\"", "\"minimum_call_seconds\""] {
            XCTAssertTrue(text.contains(key), key)
        }
        let decoded = try MetadataJSONExporter.decode(data)
        XCTAssertEqual(decoded.machine, machine)
        XCTAssertEqual(decoded.options.untilCiPercent, 5)
        XCTAssertEqual(decoded.options.maximumRepeat, 12)
        XCTAssertEqual(decoded.options.autoSize, true)
        XCTAssertEqual(decoded.options.minimumCallSeconds, 0.1)
        XCTAssertEqual(decoded.references.first?.calibration, reference.calibration)
    }

    func testAFormatOneMachineReadsWithTheNewFieldsMissing() throws {
        let json = #"{"hostname":"h","cpu_model":"c","cpu_count":8,"kernel":"k","load_average":[0,0,0],"memory_bytes":1}"#
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let machine = try decoder.decode(MachineInfo.self, from: Data(json.utf8))
        XCTAssertNil(machine.usableCpus)
        XCTAssertNil(machine.affinity)
        XCTAssertEqual(machine.usableCPUCount, 8, "format 1: the recorded CPU count")
    }
}

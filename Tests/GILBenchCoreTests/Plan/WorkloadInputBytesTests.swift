// WorkloadInputBytesTests: --input-bytes parsing, labels, and which workloads a sweep expands.
import Foundation
import GILBenchCore
import XCTest

final class WorkloadInputBytesTests: XCTestCase {
    func testParsesBinarySizes() {
        XCTAssertEqual(Workload.parseByteSize("1K"), 1024)
        XCTAssertEqual(Workload.parseByteSize("16M"), 16 << 20)
        XCTAssertEqual(Workload.parseByteSize("1m"), 1 << 20)
        XCTAssertEqual(Workload.parseByteSize("2GB"), 2 << 30)
        XCTAssertEqual(Workload.parseByteSize("1000"), 1000)
        for bad in ["", "0", "-1K", "K", "1.5M", "lots", "99999999999G"] {
            XCTAssertNil(Workload.parseByteSize(bad), bad)
        }
    }

    func testLabelsRoundTrip() {
        for bytes in [1000, 1024, 1 << 20, 16 << 20, 3 << 30, 1536] {
            XCTAssertEqual(Workload.parseByteSize(Workload.byteLabel(bytes)), bytes)
        }
        XCTAssertEqual(Workload.byteLabel(16 << 20), "16M")
        XCTAssertEqual(Workload.byteLabel(1536), "1536")
    }

    func testOnlyWorkloadsDeclaringInputBytesAreExpanded() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("input-bytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        let sweepable = directory.appendingPathComponent("buffer.py")
        try "INPUT_BYTES = 1024\ndef make_input(size, input_bytes):\n    return bytes(input_bytes)\ndef run(size, data):\n    return len(data)\n"
            .write(to: sweepable, atomically: true, encoding: .utf8)
        let plain = directory.appendingPathComponent("plain.py")
        try "# INPUT_BYTES in a comment does not count\ndef run(size):\n    return size\n".write(to: plain, atomically: true, encoding: .utf8)
        let workloads = [
            Workload(name: "buffer", path: sweepable.path, summary: "", builtIn: false),
            Workload(name: "plain", path: plain.path, summary: "", builtIn: false),
        ]
        let expanded = Workload.expanding(workloads, inputBytes: [1024, 1 << 20])
        XCTAssertEqual(expanded.map(\.name), ["buffer@1K", "buffer@1M", "plain"])
        XCTAssertEqual(expanded.map(\.inputBytes), [1024, 1 << 20, nil])
        XCTAssertEqual(Workload.expanding(workloads, inputBytes: []), workloads)
    }

    func testManifestInputTagKeepsWorkloadsOutOfAll() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        try "alpha\tthe first\nwords\twith input\tinput\n".write(to: directory.appendingPathComponent("MANIFEST"), atomically: true, encoding: .utf8)
        let catalog = try WorkloadCatalog(directory: directory.path)
        XCTAssertEqual(catalog.builtIns.map(\.name), ["alpha"])
        XCTAssertEqual(catalog.inputWorkloads.map(\.name), ["words"])
        XCTAssertEqual(catalog.inputWorkloads.first?.summary, "with input")
        XCTAssertEqual(try catalog.resolve(["all"]).map(\.name), ["alpha"])
        XCTAssertEqual(try catalog.resolve(["inputs"]).map(\.name), ["words"])
        XCTAssertEqual(try catalog.resolve(["words", "alpha"]).map(\.name), ["words", "alpha"])
    }
}

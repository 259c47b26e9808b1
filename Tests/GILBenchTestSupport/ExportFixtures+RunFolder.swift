// ExportFixtures+RunFolder: ExportFixtures' run as measured on a named machine, saved as a run folder (for merges).
import Foundation
import GILBenchCore
import GILBenchResults

extension ExportFixtures {
    /// ExportFixtures' run as measured on `host` with `cpu`, saved into `root`/`name`.
    public static func runFolder(in root: URL, _ name: String, host: String, cpu: String = "Test CPU", runID: String = "r") throws -> URL {
        let fixture = results()
        let machine = MachineInfo(hostname: host, cpuModel: cpu, cpuCount: 4, kernel: "Linux", loadAverage: [], memoryBytes: 1 << 30)
        let metadata = RunMetadata(runID: runID, commandLine: ["gilbench", "run"], startTime: Date(timeIntervalSince1970: 0),
                                   machine: machine, options: fixture.metadata.options, references: [])
        let folder = root.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try ResultStore(directory: folder).save(RunResults(metadata: metadata, records: fixture.records))
        return folder
    }
}

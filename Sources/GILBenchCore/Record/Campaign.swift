// Campaign: the manifest (campaign.json) of a merged folder: the machines of a campaign and the run folders it holds.
import Foundation

/// What `gilbench merge` writes beside the run folders it combines. Each run folder stays whole (its own
/// metadata.json, trials.csv, workers.csv, with its own speedup baseline); the manifest says which machine
/// measured which run. Readers find the runs by listing the folder, so the manifest never steers a path.
public struct Campaign: Codable, Sendable, Equatable {
    /// One machine of the campaign.
    public struct Machine: Codable, Sendable, Equatable {
        /// File-name-safe and unique in the campaign: the host name, suffixed -2, -3 when two machines share it.
        public let id: String
        public let hostname: String
        public let cpuModel: String
        public let cpuCount: Int
        public let kernel: String
        public let memoryBytes: UInt64

        public init(id: String, info: MachineInfo) {
            self.id = id
            hostname = info.hostname
            cpuModel = info.cpuModel
            cpuCount = info.cpuCount
            kernel = info.kernel
            memoryBytes = info.memoryBytes
        }
    }

    /// One run folder of the campaign.
    public struct Run: Codable, Sendable, Equatable {
        /// The sub-folder holding the run's files.
        public let folder: String
        public let runID: String
        public let machineID: String
        /// ISO 8601 UTC, from the run's metadata.
        public let startTime: String
        /// Python labels (3.13.5, 3.13.5t) and workloads measured.
        public let pythons: [String]
        public let workloads: [String]
        /// Where the run was merged from.
        public let source: String

        // "runId"/"machineId" so that snake_case JSON round-trips.
        private enum CodingKeys: String, CodingKey {
            case folder, runID = "runId", machineID = "machineId", startTime, pythons, workloads, source
        }

        public init(folder: String, runID: String, machineID: String, startTime: String, pythons: [String],
                    workloads: [String], source: String) {
            self.folder = folder
            self.runID = runID
            self.machineID = machineID
            self.startTime = startTime
            self.pythons = pythons
            self.workloads = workloads
            self.source = source
        }
    }

    /// The manifest's file name.
    public static let fileName = "campaign.json"

    public let formatVersion: Int
    public let gilbenchVersion: String
    public let machines: [Machine]
    public let runs: [Run]

    public init(machines: [Machine], runs: [Run]) {
        formatVersion = GILBenchVersion.resultFormat
        gilbenchVersion = GILBenchVersion.tool
        self.machines = machines
        self.runs = runs
    }
}

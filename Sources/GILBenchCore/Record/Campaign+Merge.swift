// Campaign+Merge: plans a merge of run folders: machine ids, sub-folder names, and the conflicts that forbid it.

extension Campaign {
    /// One run to merge: where it came from and what it holds.
    public struct Member: Sendable {
        public let source: String
        public let metadata: RunMetadata
        public let records: [TrialRecord]

        public init(source: String, metadata: RunMetadata, records: [TrialRecord]) {
            self.source = source
            self.metadata = metadata
            self.records = records
        }
    }

    /// The manifest for `members`, in their order. Runs of different machines never conflict: each keeps its own
    /// folder and speedup baseline. Two runs of one machine may be merged when they measured different points
    /// (other Pythons, workloads or sizes); a point (Python x workload x size x strategy x workers) measured by both
    /// is refused, because a reader could not tell which result stands.
    /// - Throws: `GILBenchError.mergeConflict` naming the point and both sources.
    public static func plan(_ members: [Member]) throws -> Campaign {
        var machines: [Machine] = []
        var machineOfKey: [String: String] = [:]
        var owner: [String: String] = [:]
        var runs: [Run] = []
        var folders = Set<String>()
        for member in members {
            let info = member.metadata.machine
            let machineID: String
            if let known = machineOfKey[info.identityKey] {
                machineID = known
            } else {
                let base = fileSafe(info.hostname.isEmpty ? "machine" : info.hostname)
                var candidate = base
                var suffix = 2
                while machines.contains(where: { $0.id == candidate }) {
                    candidate = "\(base)-\(suffix)"
                    suffix += 1
                }
                machineID = candidate
                machineOfKey[info.identityKey] = candidate
                machines.append(Machine(id: candidate, info: info))
            }
            for record in member.records where !record.spec.warmup {
                let spec = record.spec
                let point = "\(machineID) \(spec.python.label) \(spec.workload.name) size \(spec.size) \(spec.strategy.rawValue) x\(spec.workers)"
                if let first = owner[point], first != member.source {
                    throw GILBenchError.mergeConflict(point: point, first: first, second: member.source)
                }
                owner[point] = member.source
            }
            var folder = "\(machineID)_\(fileSafe(member.metadata.runID))"
            let base = folder
            var suffix = 2
            while folders.contains(folder) {
                folder = "\(base)-\(suffix)"
                suffix += 1
            }
            folders.insert(folder)
            var pythons: [String] = []
            for python in member.metadata.options.pythons where !pythons.contains(python.label) { pythons.append(python.label) }
            runs.append(Run(folder: folder, runID: member.metadata.runID, machineID: machineID,
                            startTime: member.metadata.startTime, pythons: pythons,
                            workloads: member.metadata.options.workloads.map(\.name), source: member.source))
        }
        return Campaign(machines: machines, runs: runs)
    }

    /// Letters, digits, '.', '-' and '_' only, never empty and never starting with '.', so a host name or run ID
    /// read from a file is always one plain file name.
    public static func fileSafe(_ text: String) -> String {
        let kept = String(text.map { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "._-".contains($0) ? $0 : "_" })
        let trimmed = kept.drop { $0 == "." }
        return trimmed.isEmpty ? "_" : String(trimmed.prefix(100))
    }
}

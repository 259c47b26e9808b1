// SingleThreadCost: what a free-threaded build costs one thread, against the GIL build of the same release.

/// The ratio of 1-worker median wall times, free-threaded build / its GIL twin (same version), per workload and as a
/// geometric mean over workloads, each with a seeded percentile-bootstrap interval. Above 1: the free-threaded build
/// is that much slower single-threaded. Measured on `threads`, the strategy a program uses.
public struct SingleThreadCost: Equatable, Sendable {
    /// One workload's ratio.
    public struct Point: Equatable, Sendable {
        public let workload: String
        /// Median 1-worker wall time on the GIL build.
        public let gilSeconds: Double
        /// Median 1-worker wall time on the free-threaded build.
        public let freeThreadedSeconds: Double
        /// `freeThreadedSeconds / gilSeconds`.
        public let ratio: Double
        public let interval: ConfidenceInterval?
        /// Measured trials on each side.
        public let gilTrials: Int
        public let freeThreadedTrials: Int
    }

    /// The free-threaded build, e.g. "3.13.5t".
    public let freeThreadedLabel: String
    /// Its GIL twin, e.g. "3.13.5".
    public let gilLabel: String
    public let strategy: Strategy
    public let points: [Point]
    /// Geometric mean of the ratios over `points` (nil with fewer than two workloads).
    public let geometricMean: Double?
    /// Bootstrap interval of the geometric mean: every resample redraws both sides of every workload.
    public let geometricMeanInterval: ConfidenceInterval?

    /// One estimate per free-threaded Python of `pythons` whose GIL twin is there too, over the workloads both ran at
    /// one worker with `strategy` at the same size (warm-ups and failed trials ignored).
    public static func estimates(_ records: [TrialRecord], pythons: [PythonInstallation], strategy: Strategy = .threads,
                                 level: Double = 0.95, resamples: Int = Bootstrap.defaultResamples,
                                 seed: UInt64 = Bootstrap.defaultSeed) -> [SingleThreadCost] {
        pythons.filter(\.freeThreaded).compactMap { free in
            guard let twin = pythons.first(where: { !$0.freeThreaded && $0.version == free.version }) else { return nil }
            var workloads: [String] = []
            var walls: [String: (gil: [Double], free: [Double], sizes: Set<Int>)] = [:]
            for record in records where !record.spec.warmup && record.status == .ok && record.spec.workers == 1
                && record.spec.strategy == strategy && (record.spec.python == free || record.spec.python == twin) {
                guard let seconds = record.wallSeconds else { continue }
                let name = record.spec.workload.name
                if walls[name] == nil { workloads.append(name) }
                var entry = walls[name] ?? ([], [], [])
                if record.spec.python == twin { entry.gil.append(seconds) } else { entry.free.append(seconds) }
                entry.sizes.insert(record.spec.size)
                walls[name] = entry
            }
            var groups: [(String, [Double], [Double])] = []
            for name in workloads {
                guard let entry = walls[name], !entry.gil.isEmpty, !entry.free.isEmpty, entry.sizes.count == 1 else { continue }
                // Sorted samples: the same trials give the same interval whatever order they were recorded in.
                groups.append((name, entry.gil.sorted(), entry.free.sorted()))
            }
            guard !groups.isEmpty else { return nil }
            let label = "\(free.label)/\(twin.label)"
            let points = groups.map { name, gil, freeWalls in
                Point(workload: name, gilSeconds: Bootstrap.median(gil), freeThreadedSeconds: Bootstrap.median(freeWalls),
                      ratio: Bootstrap.median(freeWalls) / Bootstrap.median(gil),
                      interval: Bootstrap.ratioOfMedians(base: gil, new: freeWalls, level: level, resamples: resamples,
                                                         seed: seed ^ stableHash(label + "|" + name)),
                      gilTrials: gil.count, freeThreadedTrials: freeWalls.count)
            }
            var mean: Double?
            var meanInterval: ConfidenceInterval?
            if points.count > 1 {
                mean = Statistics.geometricMean(points.map(\.ratio))
                meanInterval = Bootstrap.percentileInterval(
                    groups: groups.sorted { $0.0 < $1.0 }.flatMap { [$0.1, $0.2] }, level: level, resamples: resamples,
                    seed: seed ^ stableHash(label + "|geomean")
                ) { resample in
                    let ratios = stride(from: 0, to: resample.count, by: 2).map { Bootstrap.median(resample[$0 + 1]) / Bootstrap.median(resample[$0]) }
                    return Statistics.geometricMean(ratios) ?? .nan
                }
            }
            return SingleThreadCost(freeThreadedLabel: free.label, gilLabel: twin.label, strategy: strategy, points: points,
                                    geometricMean: mean, geometricMeanInterval: meanInterval)
        }
    }

    /// FNV-1a: a per-estimate seed that does not depend on the order of workloads or on the process.
    private static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}

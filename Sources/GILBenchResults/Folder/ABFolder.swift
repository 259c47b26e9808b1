// ABFolder: `gilbench ab`'s output folder: DIR/base and DIR/new (normal run folders) and DIR/ab.md.
import Foundation
import GILBenchCore

/// Owns the ab folder. Both sides are written as ordinary run folders (every exporter of `gilbench run`), rewritten
/// after each trial, so `compare`, `plot` and `export` read them; both carry the run's calibration probe.
public final class ABFolder {
    public let directory: URL
    public let baseStore: ResultStore
    public let newStore: ResultStore
    private var metadata: [ABSide: RunMetadata] = [:]

    /// Creates the folder (new or empty, never overwritten) and its two run folders.
    public init(parent: URL, runID: String, explicit: URL?) throws {
        let root = try ResultStore.create(parent: parent, runID: runID, explicit: explicit, exporters: [])
        directory = root.directory
        var stores: [ResultStore] = []
        for side in ABSide.allCases {
            let folder = directory.appendingPathComponent(side.rawValue, isDirectory: true)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            } catch {
                throw GILBenchError.outputNotWritable(path: folder.path, reason: (error as NSError).localizedDescription)
            }
            stores.append(ResultStore(directory: folder, base: directory))
        }
        baseStore = stores[0]
        newStore = stores[1]
    }

    /// The run folder of `side`.
    public func folder(_ side: ABSide) -> URL { store(side).directory }

    /// Sets the metadata.json of `side` (before the first save).
    public func setMetadata(_ value: RunMetadata, for side: ABSide) { metadata[side] = value }

    /// Rewrites the folder of `side` with `records` and the probe's calls.
    public func save(_ side: ABSide, records: [TrialRecord], calibration: [CalibrationSample]) throws {
        guard let sideMetadata = metadata[side] else { return }
        try store(side).save(RunResults(metadata: sideMetadata, records: records, calibration: calibration))
    }

    /// Writes ab.md.
    public func writeReport(_ data: Data) throws {
        try FolderWriter.write(data, to: "ab.md", in: directory, base: nil)
    }

    private func store(_ side: ABSide) -> ResultStore { side == .base ? baseStore : newStore }
}

// CampaignFolder: writes and reads a merged folder: one sub-folder per run, copied whole, and campaign.json.
import Foundation
import GILBenchCore

/// A folder that `gilbench merge` wrote. `plot`, `compare` and `history` read it: its runs are found by listing it
/// (as for any folder of run folders), and campaign.json names each run's machine.
public enum CampaignFolder {
    /// The files of a run folder that a merge copies (charts are redrawn by `gilbench plot`).
    public static let copiedFiles = ["metadata.json", "trials.csv", "workers.csv", "summary.csv", "speedup_geomean.csv", "report.md", "calibration.csv"]

    /// Whether `directory` holds a campaign.json.
    public static func isCampaign(_ directory: URL) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(Campaign.fileName).path)
    }

    /// Reads `directory/campaign.json`.
    public static func manifest(_ directory: URL) throws -> Campaign {
        let url = directory.appendingPathComponent(Campaign.fileName)
        guard let data = try? Data(contentsOf: url) else {
            throw GILBenchError.resultsInvalid(path: url.path, reason: "missing or unreadable")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        guard let campaign = try? decoder.decode(Campaign.self, from: data) else {
            throw GILBenchError.resultsInvalid(path: url.path, reason: "not a gilbench campaign manifest")
        }
        guard GILBenchVersion.readableFormats.contains(campaign.formatVersion) else {
            throw GILBenchError.resultsInvalid(path: url.path, reason: "format version \(campaign.formatVersion), but this gilbench reads versions \(GILBenchVersion.readableFormats.lowerBound)-\(GILBenchVersion.readableFormats.upperBound) (use a newer gilbench)")
        }
        return campaign
    }

    /// Merges the runs of `inputs` (run folders, campaigns or folders of runs) into the new or empty folder `out`:
    /// each run is checked (it must load), copied into `<machine>_<run-id>/`, and listed in campaign.json.
    /// - Throws: `GILBenchError.resultsInvalid` for an unreadable input, `.mergeConflict` when two runs of one
    ///   machine measured the same point, `.outputNotWritable` for `out`.
    public static func merge(_ inputs: [URL], into out: URL) throws -> Campaign {
        let folders = try ResultFolderReader.runFolders(inputs)
        let outPath = out.standardizedFileURL.path
        var members: [Campaign.Member] = []
        var seen = Set<String>()
        for folder in folders {
            let real = folder.resolvingSymlinksInPath().standardizedFileURL.path
            guard seen.insert(real).inserted else { continue }
            if real == outPath || real.hasPrefix(outPath + "/") {
                throw GILBenchError.outputNotWritable(path: out.path, reason: "it is one of the inputs")
            }
            let results = try ResultFolderReader.load(folder)
            members.append(Campaign.Member(source: folder.path, metadata: results.metadata, records: results.records))
        }
        let campaign = try Campaign.plan(members)
        let store = try ResultStore.create(parent: out.deletingLastPathComponent(), runID: out.lastPathComponent,
                                           explicit: out, exporters: [])
        let fileManager = FileManager.default
        for (run, member) in zip(campaign.runs, members) {
            let target = store.directory.appendingPathComponent(run.folder, isDirectory: true)
            do {
                try fileManager.createDirectory(at: target, withIntermediateDirectories: false)
                for name in copiedFiles {
                    let source = URL(fileURLWithPath: member.source).appendingPathComponent(name)
                    // Plain files only: a symlink in an input must not pull in a file from elsewhere.
                    guard let type = try? fileManager.attributesOfItem(atPath: source.path)[.type] as? FileAttributeType,
                          type == .typeRegular else { continue }
                    try fileManager.copyItem(at: source, to: target.appendingPathComponent(name))
                }
            } catch {
                throw GILBenchError.outputNotWritable(path: target.path, reason: (error as NSError).localizedDescription)
            }
        }
        try store.write(encode(campaign), to: Campaign.fileName)
        return campaign
    }

    /// campaign.json's bytes: snake_case keys, as metadata.json.
    public static func encode(_ campaign: Campaign) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return try encoder.encode(campaign) + Data("\n".utf8)
    }
}

// ExportCommand: `gilbench export --format pyperf DIR`: writes another format of an existing run into its folder.
import ArgumentParser
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a run folder's results in another tool's format (pyperf).",
        discussion: """
        --format pyperf writes DIR/pyperf.json in pyperf's JSON format (one benchmark per workload x strategy x \
        workers, one pyperf run per ok trial, warm-ups as warmups), and DIR/pyperf-<python>.json per Python when \
        the run measured several. Then: python -m pyperf stats DIR/pyperf.json; python -m pyperf hist ...; \
        python -m pyperf compare_to OLD/pyperf.json NEW/pyperf.json. (gilbench run --pyperf writes them as it goes.)

        Exit codes: 0 written; 64 bad input (not a gilbench result, truncated file, incompatible format version).
        """)

    @Option(name: .long, help: ArgumentHelp("The format to write: pyperf.", valueName: "format"))
    var format: String = "pyperf"

    @Argument(help: ArgumentHelp("The run folder to read and write into.", valueName: "run-dir"))
    var directory: String

    func validate() throws {
        guard format == "pyperf" else {
            throw ValidationError("--format '\(format)' is not valid: expected pyperf")
        }
    }

    func run() throws {
        let url = URL(fileURLWithPath: directory, isDirectory: true)
        let results = try ResultFolderReader.load(url)
        guard results.records.contains(where: { !$0.spec.warmup && $0.status == .ok }) else {
            throw GILBenchError.resultsInvalid(path: url.appendingPathComponent("trials.csv").path,
                                               reason: "no measured trial ended ok, so there is nothing to export")
        }
        let pythons = results.metadata.options.pythons.filter { python in results.records.contains { $0.spec.python == python } }
        let store = ResultStore(directory: url, exporters: PyperfExporter.exporters(for: pythons))
        do {
            try store.save(results)
        } catch let error as GILBenchError {
            throw error
        } catch {
            throw GILBenchError.outputNotWritable(path: url.path, reason: (error as NSError).localizedDescription)
        }
        for exporter in store.exporters {
            FileHandleOutput.standardOutput(url.appendingPathComponent(exporter.fileName).path + "\n")
        }
    }
}

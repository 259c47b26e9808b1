// WorkloadCatalog: the built-in workloads (Benchmarks/MANIFEST) and resolving --workload.
import Foundation
import GILBenchBuiltins

/// The built-in workloads and how names and paths given on the command line map to files.
public struct WorkloadCatalog: Sendable {
    /// The folder the workload files are in: `$GILBENCH_BENCHMARKS`, or the private copy of the embedded ones.
    public let directory: String
    /// The private folder holding the copy of the embedded workloads (remove it when the run ends with
    /// `removePrivateCopy()`); nil when they come from `$GILBENCH_BENCHMARKS`.
    public let privateCopy: PrivateFolder?
    /// Built-ins in MANIFEST order: what `all` (the default run) measures.
    public let builtIns: [Workload]
    /// Built-ins tagged `input` in MANIFEST (a third field): workloads with `make_input`, picked by name or by
    /// `inputs`, never by `all`, so the default run keeps its time budget.
    public let inputWorkloads: [Workload]

    /// Reads `directory/MANIFEST`: one `name<TAB>summary` per line, `#` starts a comment.
    public init(directory: String) throws {
        let manifest = directory + "/MANIFEST"
        guard let text = try? String(contentsOfFile: manifest, encoding: .utf8) else {
            throw GILBenchError.benchmarksFolderMissing
        }
        self.init(manifest: text, directory: directory, privateCopy: nil)
    }

    private init(manifest text: String, directory: String, privateCopy: PrivateFolder?) {
        self.directory = directory
        self.privateCopy = privateCopy
        var tagged: [Workload] = []
        self.builtIns = text.split(separator: "\n").compactMap { line -> Workload? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            let fields = trimmed.split(separator: "\t", maxSplits: 2).map { $0.trimmingCharacters(in: .whitespaces) }
            let name = fields[0]
            let workload = Workload(name: name, path: directory + "/" + name + ".py",
                                    summary: fields.count > 1 ? fields[1] : "", builtIn: true)
            if fields.count > 2 && fields[2] == "input" {
                tagged.append(workload)
                return nil
            }
            return workload
        }
        self.inputWorkloads = tagged
    }

    /// The built-in workloads: from `$GILBENCH_BENCHMARKS` when it is set (a folder with MANIFEST), else the ones
    /// embedded in the binary, written into a new private folder (workers import a workload by path). Never from
    /// the current directory or beside it: a folder a user stands in is data, not code.
    public static func builtIn(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> WorkloadCatalog {
        if let explicit = environment["GILBENCH_BENCHMARKS"], !explicit.isEmpty {
            return try WorkloadCatalog(directory: explicit)
        }
        guard let manifest = BuiltinFiles.text("MANIFEST", in: .benchmarks) else { throw GILBenchError.benchmarksFolderMissing }
        let folder = try PrivateFolder(prefix: "gilbench-workloads")
        do {
            try BuiltinFiles.write(.benchmarks, into: folder.url)
            folder.removeOnSignal()
        } catch {
            folder.remove()
            throw GILBenchError.outputNotWritable(path: folder.url.path, reason: "\(error)")
        }
        return WorkloadCatalog(manifest: manifest, directory: folder.url.path, privateCopy: folder)
    }

    /// Removes the private copy of the embedded workloads, if there is one (at the end of a run).
    public func removePrivateCopy() {
        privateCopy?.remove()
    }

    /// Resolves `--workload` values: "all", a built-in name, or a path to a .py file (anything with a "/" or
    /// ending in ".py"). Names must be unique in one run.
    public func resolve(_ specs: [String]) throws -> [Workload] {
        var chosen: [Workload] = []
        for spec in specs.map({ $0.trimmingCharacters(in: .whitespaces) }) where !spec.isEmpty {
            let found: [Workload]
            if spec == "all" {
                found = builtIns
            } else if spec == "inputs" {
                found = inputWorkloads
            } else if spec.contains("/") || spec.hasSuffix(".py") {
                let absolute = URL(fileURLWithPath: spec).standardizedFileURL.path
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), !isDirectory.boolValue else {
                    throw GILBenchError.workloadFileMissing(path: spec)
                }
                let name = URL(fileURLWithPath: absolute).deletingPathExtension().lastPathComponent
                found = [Workload(name: name, path: absolute, summary: "", builtIn: false)]
            } else if let builtIn = (builtIns + inputWorkloads).first(where: { $0.name == spec }) {
                found = [builtIn]
            } else {
                throw GILBenchError.unknownName(kind: "workload", name: spec, valid: (builtIns + inputWorkloads).map(\.name) + ["all", "inputs", "a path to a .py file"])
            }
            for workload in found where !chosen.contains(workload) {
                if let clash = chosen.first(where: { $0.name == workload.name }) {
                    throw GILBenchError.invalidValue(
                        flag: "--workload", value: workload.path,
                        expected: "unique names, but \(clash.path) is also named '\(workload.name)'; rename one file")
                }
                chosen.append(workload)
            }
        }
        return chosen
    }
}

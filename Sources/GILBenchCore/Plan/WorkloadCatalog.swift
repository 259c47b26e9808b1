// WorkloadCatalog: the built-in workloads (Benchmarks/MANIFEST) and resolving --workload.
import Foundation

/// The built-in workloads and how names and paths given on the command line map to files.
public struct WorkloadCatalog: Sendable {
    /// The Benchmarks/ folder.
    public let directory: String
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
        self.directory = directory
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

    /// Finds Benchmarks/: `$GILBENCH_BENCHMARKS`, else the nearest `Benchmarks/MANIFEST` above the executable,
    /// else above the current directory.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> WorkloadCatalog {
        if let explicit = environment["GILBENCH_BENCHMARKS"] { return try WorkloadCatalog(directory: explicit) }
        guard let found = RepositoryFolder.find("Benchmarks", containing: "MANIFEST") else {
            throw GILBenchError.benchmarksFolderMissing
        }
        return try WorkloadCatalog(directory: found.path)
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

// PyperformanceSuite: pyperformance's benchmarks (from its PyPI wheel, unpacked into gilbench's cache) as
// pyperf-script workloads with the arguments its manifest declares.
import Foundation

/// One pyperformance release, unpacked in `root`, and its benchmarks.
public struct PyperformanceSuite: Sendable {
    /// One benchmark of the suite's MANIFEST.
    public struct Benchmark: Sendable, Equatable {
        public let name: String
        /// bm_<base>/run_benchmark.py.
        public let script: String
        /// `extra_opts` from its .toml: the script's command line.
        public let arguments: [String]
        public let tags: [String]
        /// Third-party requirements (requirements.txt), pinned as pyperformance pins them.
        public let requirements: [String]
    }

    public let version: String
    /// The folder holding MANIFEST and the bm_* folders.
    public let benchmarksFolder: String
    public let benchmarks: [Benchmark]

    /// gilbench's cache: `$GILBENCH_CACHE`, else `$XDG_CACHE_HOME/gilbench`, else `~/.cache/gilbench`.
    public static func cacheFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment["GILBENCH_CACHE"], !explicit.isEmpty { return explicit }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/gilbench" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.cache/gilbench"
    }

    /// Reads an unpacked release: `root` holds `pyperformance/data-files/benchmarks/MANIFEST`.
    public init(root: String, version: String) throws {
        let folder = root + "/pyperformance/data-files/benchmarks"
        guard let manifest = try? String(contentsOfFile: folder + "/MANIFEST", encoding: .utf8) else {
            throw GILBenchError.suiteUnavailable(suite: "pyperformance", reason: "\(folder)/MANIFEST is missing")
        }
        self.version = version
        self.benchmarksFolder = folder
        var section = ""
        var found: [Benchmark] = []
        for raw in manifest.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") { section = line; continue }
            let fields = line.split(whereSeparator: { $0 == "\t" || $0 == " " }).map(String.init)
            guard section == "[benchmarks]", fields.count == 2, fields[0] != "name" else { continue }
            let name = fields[0], meta = fields[1]
            guard meta.hasPrefix("<local") else { continue }
            let base = meta == "<local>" ? name : String(meta.dropFirst("<local:".count).dropLast())
            let baseFolder = folder + "/bm_" + base
            let baseToml = (try? String(contentsOfFile: baseFolder + "/pyproject.toml", encoding: .utf8)) ?? ""
            let ownToml = meta == "<local>" ? baseToml : (try? String(contentsOfFile: baseFolder + "/bm_\(name).toml", encoding: .utf8)) ?? ""
            let requirements = ((try? String(contentsOfFile: baseFolder + "/requirements.txt", encoding: .utf8)) ?? "")
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
            let tags = (Self.tomlString("tags", ownToml) ?? Self.tomlString("tags", baseToml) ?? "")
                .split(separator: " ").map(String.init)
            found.append(Benchmark(
                name: name, script: baseFolder + "/run_benchmark.py",
                arguments: Self.tomlStrings("extra_opts", ownToml) ?? Self.tomlStrings("extra_opts", baseToml) ?? [],
                tags: tags, requirements: requirements))
        }
        self.benchmarks = found
    }

    /// The suite from the cache, downloading the wheel with pip (into the cache, atomically) when absent.
    /// - Parameters:
    ///   - version: a pinned release, or nil for the newest already in the cache, else PyPI's newest.
    ///   - pythons: interpreters to try for `python -m pip download`.
    public static func locateOrInstall(version: String?, pythons: [String],
                                       environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PyperformanceSuite {
        let cache = cacheFolder(environment: environment)
        let fileManager = FileManager.default
        let cached = ((try? fileManager.contentsOfDirectory(atPath: cache)) ?? [])
            .filter { $0.hasPrefix("pyperformance-") && !$0.hasSuffix(".partial") }
            .map { String($0.dropFirst("pyperformance-".count)) }
        if let version, cached.contains(version) {
            return try PyperformanceSuite(root: cache + "/pyperformance-" + version, version: version)
        }
        if version == nil, let newest = cached.max(by: { (PythonVersion($0) ?? PythonVersion(major: 0, minor: 0)) < (PythonVersion($1) ?? PythonVersion(major: 0, minor: 0)) }) {
            return try PyperformanceSuite(root: cache + "/pyperformance-" + newest, version: newest)
        }
        try fileManager.createDirectory(atPath: cache, withIntermediateDirectories: true)
        let scratch = cache + "/download-\(UUID().uuidString).partial"
        defer { try? fileManager.removeItem(atPath: scratch) }
        let requirement = version.map { "pyperformance==\($0)" } ?? "pyperformance"
        var failures: [String] = []
        for python in pythons {
            let download = try ProcessOutput.run(python, ["-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                                                          "--disable-pip-version-check", "-q", "-d", scratch, requirement])
            guard download.exitCode == 0 else {
                failures.append("\(python): " + Self.firstErrorLine(download.standardError))
                continue
            }
            guard let wheel = try fileManager.contentsOfDirectory(atPath: scratch).first(where: { $0.hasSuffix(".whl") }) else {
                failures.append("\(python): pip downloaded no wheel")
                continue
            }
            let got = wheel.split(separator: "-").dropFirst().first.map(String.init) ?? "unknown"
            let unpacked = scratch + "/unpacked"
            let unzip = try ProcessOutput.run(python, ["-m", "zipfile", "-e", scratch + "/" + wheel, unpacked])
            guard unzip.exitCode == 0 else {
                failures.append("\(python): unpacking \(wheel) failed: " + Self.firstErrorLine(unzip.standardError))
                continue
            }
            let destination = cache + "/pyperformance-" + got
            if !fileManager.fileExists(atPath: destination) {
                try fileManager.moveItem(atPath: unpacked, toPath: destination)
            }
            return try PyperformanceSuite(root: destination, version: got)
        }
        throw GILBenchError.suiteUnavailable(
            suite: "pyperformance",
            reason: "pip download \(requirement) failed (\(failures.isEmpty ? "no Python interpreter to run pip" : failures.joined(separator: "; ")))")
    }

    /// The workloads for `names` (all when empty), in MANIFEST order.
    public func workloads(selecting names: [String]) throws -> [Workload] {
        let unknown = names.filter { name in !benchmarks.contains { $0.name == name } }
        if let first = unknown.first {
            throw GILBenchError.unknownName(kind: "pyperformance \(version) benchmark", name: first, valid: benchmarks.map(\.name))
        }
        return benchmarks.filter { names.isEmpty || names.contains($0.name) }.map { benchmark in
            Workload(name: benchmark.name, path: benchmark.script,
                     summary: "pyperformance \(version)" + (benchmark.tags.isEmpty ? "" : " [\(benchmark.tags.joined(separator: " "))]")
                        + (benchmark.requirements.isEmpty ? "" : "; needs \(benchmark.requirements.joined(separator: ", "))"),
                     builtIn: false, arguments: benchmark.arguments)
        }
    }

    static func firstErrorLine(_ text: String) -> String {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return lines.first { $0.hasPrefix("ERROR") } ?? lines.first ?? "no message"
    }

    /// `key = "value"` in a TOML text (the subset pyperformance's files use).
    static func tomlString(_ key: String, _ text: String) -> String? {
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, parts[0] == key, parts[1].hasPrefix("\""), parts[1].hasSuffix("\""), parts[1].count >= 2 {
                return String(parts[1].dropFirst().dropLast())
            }
        }
        return nil
    }

    /// `key = ["a", "b"]` on one line.
    static func tomlStrings(_ key: String, _ text: String) -> [String]? {
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, parts[0] == key, parts[1].hasPrefix("["), parts[1].hasSuffix("]") else { continue }
            return parts[1].dropFirst().dropLast().split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { $0.count >= 2 && $0.hasPrefix("\"") && $0.hasSuffix("\"") }
                .map { String($0.dropFirst().dropLast()) }
        }
        return nil
    }
}

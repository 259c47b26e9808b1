// PythonSelection: turns --python values (versions, paths, "all") into installations.
import Foundation

/// Resolves `--python` against what `PythonDiscovery` found.
public struct PythonSelection {
    public let discovery: PythonDiscovery
    public let installations: [PythonInstallation]

    public init(discovery: PythonDiscovery = PythonDiscovery()) {
        self.discovery = discovery
        self.installations = discovery.discover().installations
    }

    /// Resolves against `installations` (newest first, as `PythonDiscovery.discover` orders them).
    public init(discovery: PythonDiscovery = PythonDiscovery(), installations: [PythonInstallation]) {
        self.discovery = discovery
        self.installations = installations
    }

    /// Installations gilbench can embed, newest first.
    public var usable: [PythonInstallation] { installations.filter { $0.unusableReason == nil } }

    /// The default: the newest usable non-free-threaded CPython 3.12+ and, when installed, the free-threaded
    /// build of the same release (so a plain run compares the two builds); else the newest usable one.
    public func defaultSelection() throws -> [PythonInstallation] {
        let preferred = usable.filter { $0.supportsOwnGIL && !$0.freeThreaded }
        guard let choice = preferred.first ?? usable.first else {
            throw GILBenchError.pythonNotFound(spec: "(default: newest 3.12+)", found: installations.map(\.version))
        }
        guard !choice.freeThreaded,
              let twin = usable.first(where: { $0.freeThreaded && $0.version == choice.version }) else { return [choice] }
        return [choice, twin]
    }

    /// Resolves each spec: "all" (the newest of each usable minor release), a version prefix ("3.13",
    /// "3.13.0"), an interpreter path, or a libpython path. Duplicates are dropped, order kept.
    public func resolve(_ specs: [String]) throws -> [PythonInstallation] {
        var chosen: [PythonInstallation] = []
        for spec in specs.map({ $0.trimmingCharacters(in: .whitespaces) }) where !spec.isEmpty {
            for installation in try resolveOne(spec) where !chosen.contains(where: { $0.library == installation.library }) {
                if let reason = installation.unusableReason {
                    throw GILBenchError.pythonUnusable(spec: spec, reason: "\(reason); this is \(installation.version)")
                }
                chosen.append(installation)
            }
        }
        if chosen.isEmpty { throw GILBenchError.invalidValue(flag: "--python", value: specs.joined(separator: ","), expected: "a version, a path or 'all'") }
        return chosen
    }

    private func resolveOne(_ spec: String) throws -> [PythonInstallation] {
        if spec == "all" {
            var newestPerMinor: [String: PythonInstallation] = [:]
            for installation in usable {
                let key = "\(installation.parsedVersion.major).\(installation.parsedVersion.minor)\(installation.freeThreaded ? "t" : "")"
                if newestPerMinor[key] == nil { newestPerMinor[key] = installation }
            }
            return newestPerMinor.values.sorted { $0.parsedVersion < $1.parsedVersion }
        }
        if spec.contains("/") {
            return [try resolvePath(spec)]
        }
        let freeThreaded = spec.hasSuffix("t")
        guard let wanted = PythonVersion(String(spec.dropLast(freeThreaded ? 1 : 0))) else {
            throw GILBenchError.invalidValue(flag: "--python", value: spec, expected: "a version like 3.13, an interpreter or libpython path, or 'all'")
        }
        let depth = spec.split(separator: ".").count
        let matches = installations.filter { installation in
            let version = installation.parsedVersion
            guard installation.freeThreaded == freeThreaded, version.major == wanted.major else { return false }
            if depth >= 2 && version.minor != wanted.minor { return false }
            if depth >= 3 && version.micro != wanted.micro { return false }
            return true
        }
        guard let newest = matches.first else {
            throw GILBenchError.pythonNotFound(spec: spec, found: installations.map(\.label))
        }
        return [newest]
    }

    private func resolvePath(_ path: String) throws -> PythonInstallation {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: path) else {
            throw GILBenchError.pythonUnusable(spec: path, reason: "no such file")
        }
        let real = (path as NSString).resolvingSymlinksInPath
        let name = (real as NSString).lastPathComponent
        if name.hasPrefix("libpython") {
            if let known = installations.first(where: { $0.library == real }) { return known }
            // An unknown library: find the interpreter of the same prefix and ask it.
            let minor = name.dropFirst("libpython".count).prefix { $0.isNumber || $0 == "." }.split(separator: ".").prefix(2).joined(separator: ".")
            let prefix = ((real as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
            for candidate in ["\(prefix)/bin/python\(minor)", "\(prefix)/bin/python3"] where fileManager.isExecutableFile(atPath: candidate) {
                if case let .success(installation) = discovery.describe(executable: candidate) {
                    return PythonInstallation(
                        version: installation.version, versionDetail: installation.versionDetail,
                        executable: installation.executable, library: real, home: installation.home,
                        freeThreaded: installation.freeThreaded, supportsOwnGIL: installation.supportsOwnGIL,
                        configureArguments: installation.configureArguments, includeDirectory: installation.includeDirectory)
                }
            }
            throw GILBenchError.pythonUnusable(spec: path, reason: "found no interpreter beside this library to learn its version and home; pass the interpreter's path instead")
        }
        switch discovery.describe(executable: path) {
        case let .success(installation): return installation
        case let .failure(rejected): throw GILBenchError.pythonUnusable(spec: path, reason: rejected.reason)
        }
    }
}

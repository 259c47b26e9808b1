// PythonDiscovery: finds CPython installations (PATH, pyenv, the system) and resolves --python.
import Foundation
import GILBenchBuiltins

/// Finds the CPythons on this machine by asking each candidate interpreter about itself.
public struct PythonDiscovery: Sendable {
    /// A candidate that could not be used, with the reason (shown by `gilbench list pythons`).
    public struct Rejected: Error, Sendable, Equatable {
        public let path: String
        public let reason: String
    }

    public let environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// What an interpreter prints about itself, enough to embed its library: python/describe_python.py, embedded.
    static let describeScript = BuiltinFiles.text("describe_python.py", in: .python) ?? ""

    private struct Description: Decodable {
        let version: String
        let detail: String
        let executable: String
        let library: String?
        let home: String
        let free_threaded: Bool
        let own_gil: Bool
        let config_args: String
        let include: String?
    }

    /// Interpreter executables to ask: first the Pythons bundled beside gilbench (`<binary folder>/../python/*/bin/
    /// python3*`, see `scripts/bundle`), then `python3*` on PATH (pyenv shims skipped: they only re-dispatch),
    /// `$PYENV_ROOT/versions/*/bin/python3` (or `python3t`, the name a free-threaded-only prefix may have; default
    /// `~/.pyenv`), and `/usr/bin/python3*`.
    public func candidateExecutables() -> [String] {
        let fileManager = FileManager.default
        var candidates = bundledExecutables()
        let isPythonName: (String) -> Bool = { name in
            guard name.hasPrefix("python3") else { return false }
            let rest = name.dropFirst("python3".count)
            return rest.isEmpty || (rest.first == "." && rest.dropFirst().allSatisfy { $0.isNumber || $0 == "t" })
        }
        let pathDirectories = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for directory in pathDirectories + ["/usr/bin", "/usr/local/bin"] where !directory.contains("/shims") {
            let names = (try? fileManager.contentsOfDirectory(atPath: directory)) ?? []
            candidates += names.filter(isPythonName).sorted().map { directory + "/" + $0 }
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        let pyenvRoot = environment["PYENV_ROOT"] ?? home + "/.pyenv"
        let versions = ((try? fileManager.contentsOfDirectory(atPath: pyenvRoot + "/versions")) ?? []).sorted()
        for version in versions where !version.hasPrefix(".") {
            let bin = "\(pyenvRoot)/versions/\(version)/bin/"
            candidates.append(fileManager.isExecutableFile(atPath: bin + "python3") || !fileManager.isExecutableFile(atPath: bin + "python3t")
                              ? bin + "python3" : bin + "python3t")
        }
        var seen = Set<String>()
        return candidates.filter { path in
            guard fileManager.isExecutableFile(atPath: path) else { return false }
            let real = (path as NSString).resolvingSymlinksInPath
            return seen.insert(real).inserted
        }
    }

    /// Asks one interpreter to describe itself.
    public func describe(executable: String) -> Result<PythonInstallation, Rejected> {
        let output: ProcessOutput
        do {
            output = try ProcessOutput.run(executable, ["-E", "-S", "-c", Self.describeScript])
        } catch {
            return .failure(Rejected(path: executable, reason: "cannot run it: \(error.localizedDescription)"))
        }
        guard output.exitCode == 0,
              let line = output.standardOutput.split(separator: "\n").last,
              let description = try? JSONDecoder().decode(Description.self, from: Data(line.utf8)) else {
            let reason = output.standardError.split(separator: "\n").last.map(String.init) ?? "exit code \(output.exitCode)"
            return .failure(Rejected(path: executable, reason: "did not describe itself: \(reason)"))
        }
        guard let library = description.library else {
            return .failure(Rejected(path: executable, reason: "Python \(description.version) has no shared libpython (build it with --enable-shared)"))
        }
        return .success(PythonInstallation(
            version: description.version, versionDetail: description.detail, executable: description.executable,
            library: library, home: description.home, freeThreaded: description.free_threaded,
            supportsOwnGIL: description.own_gil, configureArguments: description.config_args,
            includeDirectory: description.include))
    }

    /// Every installation found (one per library, newest first) and the candidates that were rejected.
    public func discover() -> (installations: [PythonInstallation], rejected: [Rejected]) {
        let candidates = candidateExecutables()
        var results = [Result<PythonInstallation, Rejected>?](repeating: nil, count: candidates.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: candidates.count) { index in
            let result = describe(executable: candidates[index])
            lock.lock()
            results[index] = result
            lock.unlock()
        }
        var installations: [PythonInstallation] = []
        var rejected: [Rejected] = []
        var libraries = Set<String>()
        for result in results.compactMap({ $0 }) {
            switch result {
            case let .success(installation):
                if libraries.insert(installation.library).inserted { installations.append(installation) }
            case let .failure(reason):
                rejected.append(reason)
            }
        }
        // Newest first; among equal versions keep discovery order (PATH before pyenv before system).
        let ordered = installations.enumerated().sorted { a, b in
            a.element.parsedVersion != b.element.parsedVersion
                ? a.element.parsedVersion > b.element.parsedVersion : a.offset < b.offset
        }.map(\.element)
        return (ordered, rejected)
    }
}

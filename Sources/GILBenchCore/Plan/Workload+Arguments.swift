// Workload+Arguments: `--workload-arg NAME=VALUE` options as a pyperf script's command line.

extension Workload {
    /// The same workload with `arguments` appended to its pyperf command line (ignored by a `run(size)` file).
    public func adding(arguments extra: [String]) -> Workload {
        guard !extra.isEmpty else { return self }
        return Workload(name: name, path: path, summary: summary, builtIn: builtIn, inputBytes: inputBytes,
                        arguments: (arguments ?? []) + extra)
    }

    /// Turns `--workload-arg` values into argv: `NAME=VALUE` -> `--NAME VALUE`, `NAME` alone -> `--NAME` (a flag),
    /// `=VALUE` -> the positional `VALUE`.
    public static func commandLine(fromWorkloadArgs values: [String]) throws -> [String] {
        var argv: [String] = []
        for value in values {
            if value.hasPrefix("=") {
                argv.append(String(value.dropFirst()))
                continue
            }
            let parts = value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let name = parts[0].hasPrefix("-") ? parts[0] : "--" + parts[0]
            guard parts[0].count > 0, !parts[0].contains(" ") else {
                throw GILBenchError.invalidValue(flag: "--workload-arg", value: value, expected: "NAME=VALUE, NAME (a flag) or =VALUE (a positional argument)")
            }
            argv.append(name)
            if parts.count == 2 { argv.append(parts[1]) }
        }
        return argv
    }
}

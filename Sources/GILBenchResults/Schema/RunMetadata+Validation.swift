// RunMetadata+Validation: the schema of metadata.json beyond its types: lengths, control characters, ranges.
import Foundation
import GILBenchCore

extension RunMetadata {
    /// The first field that breaks its rule, as ("machine.cpu_model", reason), or nil when every field holds.
    /// Names (run id, machine, Python versions, workloads) are identifiers; paths, docstrings, messages and
    /// the command line are bounded text; numbers are finite and in range.
    public func violation() -> (field: String, reason: String)? {
        var checks: [(String, ResultFieldRule, String)] = [
            ("run_id", .identifier, runID), ("gilbench_version", .identifier, gilbenchVersion),
            ("start_time", .identifier, startTime), ("clock", .identifier, clock),
            ("machine.hostname", .identifier, machine.hostname), ("machine.cpu_model", .identifier, machine.cpuModel),
            ("machine.kernel", .identifier, machine.kernel),
        ]
        if let endTime { checks.append(("end_time", .identifier, endTime)) }
        for (index, argument) in commandLine.enumerated() { checks.append(("command_line[\(index)]", .text, argument)) }
        if let note = options.note { checks.append(("options.note", .text, note)) }
        for (index, python) in options.pythons.enumerated() {
            let field = "options.pythons[\(index)]"
            checks += [("\(field).version", .identifier, python.version), ("\(field).version_detail", .text, python.versionDetail),
                       ("\(field).library", .text, python.library), ("\(field).home", .text, python.home),
                       ("\(field).configure_arguments", .text, python.configureArguments)]
            if let executable = python.executable { checks.append(("\(field).executable", .text, executable)) }
        }
        for (index, workload) in options.workloads.enumerated() {
            let field = "options.workloads[\(index)]"
            checks += [("\(field).name", .identifier, workload.name), ("\(field).path", .text, workload.path),
                       ("\(field).summary", .text, workload.summary)]
        }
        for (index, reference) in references.enumerated() {
            let field = "references[\(index)]"
            checks += [("\(field).python_version", .identifier, reference.pythonVersion),
                       ("\(field).python_build", .identifier, reference.pythonBuild),
                       ("\(field).workload", .identifier, reference.workload), ("\(field).docstring", .text, reference.docstring)]
            if let checksum = reference.checksum { checks.append(("\(field).checksum", .text, checksum)) }
            if let error = reference.error { checks.append(("\(field).error", .text, error)) }
        }
        for (field, rule, value) in checks {
            if let reason = rule.violation(value) { return (field, reason) }
        }

        var numbers: [(String, ResultFieldRule, Double)] = [
            ("machine.cpu_count", .integer(1...1_000_000), Double(machine.cpuCount)),
            ("options.repeat_count", .integer(0...100_000_000), Double(options.repeatCount)),
            ("options.warmup_count", .integer(0...100_000_000), Double(options.warmupCount)),
            ("options.timeout_seconds", .seconds, options.timeoutSeconds),
        ]
        for (index, load) in machine.loadAverage.enumerated() { numbers.append(("machine.load_average[\(index)]", .ratio, load)) }
        for (index, count) in options.workerCounts.enumerated() { numbers.append(("options.worker_counts[\(index)]", .integer(1...1_000_000), Double(count))) }
        if let size = options.sizeOverride { numbers.append(("options.size_override", .integer(0...Int.max), Double(size))) }
        for (index, reference) in references.enumerated() {
            numbers.append(("references[\(index)].size", .integer(0...Int.max), Double(reference.size)))
            if let seconds = reference.directSeconds { numbers.append(("references[\(index)].direct_seconds", .seconds, seconds)) }
        }
        for (field, rule, value) in numbers {
            if let reason = rule.violation(value) { return (field, reason) }
        }
        let counts: [(String, Int, Int)] = [
            ("command_line", commandLine.count, 100_000), ("machine.load_average", machine.loadAverage.count, 16),
            ("options.pythons", options.pythons.count, 10_000), ("options.workloads", options.workloads.count, 100_000),
            ("options.worker_counts", options.workerCounts.count, 100_000), ("references", references.count, 1_000_000),
        ]
        for (field, count, limit) in counts where count > limit {
            return (field, "\(count) entries, at most \(limit)")
        }
        return nil
    }
}

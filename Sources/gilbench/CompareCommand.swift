// CompareCommand: `gilbench compare BASE [NEW]`: parses flags, loads two sides, prints the report, sets the exit code.
import ArgumentParser
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two runs (or two Pythons of one run) point by point, with confidence intervals; fail on a regression.",
        discussion: """
        Per workload x strategy x workers: median wall time, speedup (N x median T(1) / median T(N)), set-up time \
        and peak PSS per side, and the ratio new/base with a 95% interval and a two-sided test that agree (wall, \
        set-up, PSS: Hodges-Lehmann ratio, exact Mann-Whitney interval and U test; speedup: ratio of geometric-mean \
        speedups, Welch t on log times of T(1) and T(N) of both sides). Listed changes: two-sided q, \
        Benjamini-Hochberg over every metric of every point.

        The gate (exit code): by default only wall time gates (throughput is the same test). Each point's wall time \
        gets a one-sided test of "new is slower"; the p-values are Holm adjusted over the gating tests, so when \
        nothing got slower a false exit 2 happens at most 5% of the time, however many other points improved. A point \
        fails when its adjusted p < 0.05 and its interval reaches the threshold (--threshold-rule reach: the data do \
        not show the slowdown smaller than --threshold). --gate-scaling adds the speedup at N workers: it fails only \
        when the speedup fell beyond the threshold and T(N) itself got significantly slower, so a faster single \
        worker is never a scaling regression. --gate-setup and --gate-memory add set-up time and peak PSS.

        Power: for every gating test, the probability of flagging a regression of exactly the threshold, at the \
        level Holm gives the smallest p (0.05 / tests), computed by resampling the test's own trials. compare exits \
        0 only when every gating test had at least --min-power (80%); otherwise 3, with the change it could detect \
        and the trials a side that would detect the threshold. Details: docs/regressions.md.

        Examples:
          gilbench compare old-run/ new-run/
          gilbench compare run/ --base-python 3.12 --new-python 3.13
          gilbench compare old-run/ new-run/ --threshold 10% --threshold-rule bound --format json
          gilbench compare campaign/ --machine web-3 --base-python 3.13.5 --new-python 3.13.5t

        A folder may be a run folder, a merged campaign (gilbench merge) or a folder of runs; --machine picks the run \
        of one machine there. Runs of different CPU models are refused unless --allow-cross-machine.

        Drift: runs of result format 3 carry a calibration probe (calibration.csv); compare reports its ratio \
        new/base with a 95% interval, and when the machine itself changed speed by more than half --threshold \
        (estimate beyond it and interval excluding 1) says so and exits 3 unless --accept-drift. Older folders: \
        drift unchecked, said in one line.

        Exit codes: 0 no regression, and every gating test had the power to see one; 2 regression found (even if \
        other tests were underpowered); 3 inconclusive (nothing comparable, or some gating test had less than \
        --min-power to flag a threshold-sized regression, or machine drift); 64 bad input (not a gilbench result, truncated file, incompatible format version, unknown Python \
        or machine, runs of different CPU models, bad flag).
        """)

    @Argument(help: ArgumentHelp("The base run folder (the reference).", valueName: "base-dir"))
    var base: String

    @Argument(help: ArgumentHelp("The new run folder. Omit to compare two Pythons of the base run.", valueName: "new-dir"))
    var new: String?

    @Option(name: .long, help: ArgumentHelp("The base side's Python (3.12, 3.12.1, 3.13t) when its run holds several.", valueName: "python"))
    var basePython: String?

    @Option(name: .long, help: ArgumentHelp("The new side's Python when its run holds several.", valueName: "python"))
    var newPython: String?

    @OptionGroup var machineOptions: MachineOptions

    @Option(name: .long, help: ArgumentHelp("Largest tolerated worsening of wall time (and speedup with --gate-scaling), in percent (5% or 5).", valueName: "percent"))
    var threshold: String = "5%"

    @Option(name: .long, help: ArgumentHelp("Threshold for set-up time when --gate-setup is given, in percent.", valueName: "percent"))
    var setupThreshold: String = "20%"

    @Flag(name: .long, help: "Let a loss of speedup beyond --threshold with T(N) itself significantly slower count as a regression too (a faster T(1) alone never does).")
    var gateScaling = false

    @Option(name: .long, help: ArgumentHelp("Power each gating test must have had to flag a regression of exactly the threshold for exit 0 (else 3), 0 to 1.", valueName: "probability"))
    var minPower: String = "0.8"

    @Flag(name: .long, help: "Let a significant set-up time increase beyond --setup-threshold count as a regression too.")
    var gateSetup = false

    @Option(name: .long, help: ArgumentHelp("Let a significant increase of peak memory (PSS) beyond this percentage count as a regression (default: memory is reported, not gated).", valueName: "percent"))
    var gateMemory: String?

    @Option(name: .long, help: ArgumentHelp("Multiple-test correction: bh (Holm over the gating tests, Benjamini-Hochberg for the listed changes) or none (raw p-values).", valueName: "correction"))
    var correction: String = "bh"

    @Option(name: .long, help: ArgumentHelp("What must lie beyond --threshold for a regression: reach (the interval's far bound; default), estimate (the ratio) or bound (the interval's bound nearest to 1).", valueName: "rule"))
    var thresholdRule: String = "reach"

    @Flag(name: .long, help: "Gate even when the calibration probe says the machine itself changed speed by more than half the threshold (otherwise: exit 3).")
    var acceptDrift = false

    @Option(name: .long, help: ArgumentHelp("Report format: text, markdown, csv or json.", valueName: "format"))
    var format: String = "text"

    @Option(name: .long, help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        _ = try Self.percent(threshold, flag: "--threshold")
        _ = try Self.percent(setupThreshold, flag: "--setup-threshold")
        _ = try gateMemory.map { try Self.percent($0, flag: "--gate-memory") }
        guard ComparisonFormat(rawValue: format) != nil else {
            throw ValidationError("--format '\(format)' is not valid: expected one of \(ComparisonFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard MultipleTestCorrection(rawValue: correction) != nil else {
            throw ValidationError("--correction '\(correction)' is not valid: expected bh or none")
        }
        guard ThresholdRule(rawValue: thresholdRule) != nil else {
            throw ValidationError("--threshold-rule '\(thresholdRule)' is not valid: expected reach, estimate or bound")
        }
        _ = try Self.probability(minPower, flag: "--min-power")
        if new == nil && (basePython == nil || newPython == nil) {
            throw ValidationError("give two run folders, or one run folder with --base-python and --new-python")
        }
    }

    func run() throws {
        let baseURL = URL(fileURLWithPath: base, isDirectory: true)
        let newURL = URL(fileURLWithPath: new ?? base, isDirectory: true)
        let baseRun = try RunFolderChoice.load(baseURL, machine: machineOptions.machine, python: basePython, flag: "--base-python")
        let newRun = try RunFolderChoice.load(newURL, machine: machineOptions.machine, python: newPython, flag: "--new-python")
        try machineOptions.checkOneMachine([baseRun.metadata.machine, newRun.metadata.machine], command: "compare")
        let baseSide = try ComparisonSide.select(from: baseRun.records, python: basePython, flag: "--base-python",
                                                 source: baseURL.path, runID: baseRun.metadata.runID, machine: baseRun.metadata.machine)
        let newSide = try ComparisonSide.select(from: newRun.records, python: newPython, flag: "--new-python",
                                                source: newURL.path, runID: newRun.metadata.runID, machine: newRun.metadata.machine)
        let settings = ComparisonSettings(
            threshold: try Self.percent(threshold, flag: "--threshold"),
            setupThreshold: try Self.percent(setupThreshold, flag: "--setup-threshold"), gateSetup: gateSetup,
            correction: MultipleTestCorrection(rawValue: correction) ?? .bh, thresholdRule: ThresholdRule(rawValue: thresholdRule) ?? .reach,
            memoryThreshold: try gateMemory.map { try Self.percent($0, flag: "--gate-memory") }, gateScaling: gateScaling,
            minPower: try Self.probability(minPower, flag: "--min-power"))
        let comparison = Comparator.compare(base: baseSide, new: newSide, settings: settings)
        let report = try (ComparisonFormat(rawValue: format) ?? .text).render(comparison)
        if let output {
            do {
                try report.write(to: URL(fileURLWithPath: output))
            } catch {
                throw GILBenchError.outputNotWritable(path: output, reason: (error as NSError).localizedDescription)
            }
            FileHandleOutput.standardError(ComparisonCells.power(comparison) + "\n" + ComparisonCells.conclusion(comparison) + "\nreport: \(output)\n")
        } else {
            FileHandleOutput.standardOutput(String(decoding: report, as: UTF8.self))
        }
        // Drift between two runs (one run against itself cannot drift): one line, after the report (on standard
        // error when the report is a file or a machine format, so it stays parseable).
        if new != nil {
            let drift = DriftCheck(base: baseRun.calibration, new: newRun.calibration, threshold: settings.threshold)
            let line = TerminalText.line(drift.line(accepted: acceptDrift)) + "\n"
            if output == nil && format == ComparisonFormat.text.rawValue {
                FileHandleOutput.standardOutput(line)
            } else {
                FileHandleOutput.standardError(line)
            }
            if drift.drifted && !acceptDrift { throw ExitCode(ExitStatus.inconclusive.rawValue) }
        }
        switch comparison.outcome {
        case .regression: throw ExitCode(ExitStatus.regressionFound.rawValue)
        case .inconclusive: throw ExitCode(ExitStatus.inconclusive.rawValue)
        case .clean: break
        }
    }

    /// "0.8" (or "80%") as a probability in [0, 1].
    static func probability(_ text: String, flag: String) throws -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let value = trimmed.hasSuffix("%") ? Double(trimmed.dropLast()).map { $0 / 100 } : Double(trimmed)
        guard let value, value >= 0, value <= 1 else {
            throw ValidationError("\(flag) '\(text)' is not valid: give a probability from 0 to 1, e.g. \(flag) 0.8")
        }
        return value
    }

    /// "5%", "5" or "2.5%" as a fraction (0.05).
    static func percent(_ text: String, flag: String) throws -> Double {
        let number = text.hasSuffix("%") ? String(text.dropLast()) : text
        guard let value = Double(number.trimmingCharacters(in: .whitespaces)), value >= 0, value < 100 else {
            throw ValidationError("\(flag) '\(text)' is not valid: give a percentage from 0 to 100, e.g. \(flag) 5%")
        }
        return value / 100
    }
}

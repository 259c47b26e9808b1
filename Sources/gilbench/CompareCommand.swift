// CompareCommand: `gilbench compare BASE [NEW]`: parses flags, loads two sides, prints the report, sets the exit code.
import ArgumentParser
import Foundation
import GILBenchCore
import GILBenchExport

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two runs (or two Pythons of one run) point by point, with confidence intervals; fail on a regression.",
        discussion: """
        Per workload x strategy x workers: median wall time, speedup (N x median T(1) / median T(N)) and median \
        set-up time per side, and the ratio new/base with a 95% interval and a two-sided test that agree. Wall and \
        set-up: the Hodges-Lehmann ratio (median of all new/base trial ratios), the exact Mann-Whitney interval \
        and the Mann-Whitney U test (exact given ties up to 30 trials a side). Speedup: the ratio of \
        geometric-mean speedups, with a Welch t test and interval on the log times of T(1) and T(N) of both sides. \
        The p-values of every test that can fail the comparison (wall and speedup of every point; set-up with \
        --gate-setup) are Benjamini-Hochberg adjusted together (q), so an unchanged Python fails the comparison \
        with probability about 5% in all; --correction none keeps raw p (5% per test). A change is significant \
        when the interval excludes 1 and q < 0.05. A regression is a significant change of wall time up, or of \
        speedup down, by more than --threshold: the estimate must exceed it (--threshold-rule estimate), or the \
        interval's bound nearest to 1 must (--threshold-rule bound: evidence of more than the threshold). Then the \
        geometric mean of each ratio over workloads (report only). Points found on one side only, failed or \
        unsupported on a side, or run with a different size are listed under "Not compared".

        Power: trials per point limit what can be seen. The rank test's p is at least 2 / C(m+n, m) (0.0079 at 5 \
        vs 5, 0.1 at 3 vs 3) and the adjustment multiplies a lone point's p by the number of tests, so with the \
        default 5 trials a regression at one point cannot be flagged once 7 or more tests are compared. compare \
        prints the smallest p and q a lone point can reach and the smallest change it could flag, and exits 3 \
        (inconclusive) instead of 0 when some point could not have been flagged, or nothing was comparable, \
        naming the --repeat (or --correction none) that would make it able to.

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

        Exit codes: 0 no regression, and every point could have shown one; 2 regression found (even if other \
        points were too weakly measured); 3 inconclusive (nothing comparable, or too few trials to flag a single \
        point, or machine drift); 64 bad input (not a gilbench result, truncated file, incompatible format version, unknown Python \
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

    @Option(name: .long, help: ArgumentHelp("Largest tolerated significant worsening of wall time or speedup, in percent (5% or 5).", valueName: "percent"))
    var threshold: String = "5%"

    @Option(name: .long, help: ArgumentHelp("Threshold for set-up time when --gate-setup is given, in percent.", valueName: "percent"))
    var setupThreshold: String = "20%"

    @Flag(name: .long, help: "Let a significant set-up time increase beyond --setup-threshold count as a regression too.")
    var gateSetup = false

    @Option(name: .long, help: ArgumentHelp("Let a significant increase of peak memory (PSS) beyond this percentage count as a regression (default: memory is reported, not gated).", valueName: "percent"))
    var gateMemory: String?

    @Option(name: .long, help: ArgumentHelp("Multiple-test correction of the p-values: bh (Benjamini-Hochberg over every test that can fail the comparison) or none.", valueName: "correction"))
    var correction: String = "bh"

    @Option(name: .long, help: ArgumentHelp("What must exceed --threshold for a regression: estimate (the ratio) or bound (the interval's bound nearest to 1).", valueName: "rule"))
    var thresholdRule: String = "estimate"

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
            throw ValidationError("--threshold-rule '\(thresholdRule)' is not valid: expected estimate or bound")
        }
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
            correction: MultipleTestCorrection(rawValue: correction) ?? .bh, thresholdRule: ThresholdRule(rawValue: thresholdRule) ?? .estimate,
            memoryThreshold: try gateMemory.map { try Self.percent($0, flag: "--gate-memory") })
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

    /// "5%", "5" or "2.5%" as a fraction (0.05).
    static func percent(_ text: String, flag: String) throws -> Double {
        let number = text.hasSuffix("%") ? String(text.dropLast()) : text
        guard let value = Double(number.trimmingCharacters(in: .whitespaces)), value >= 0, value < 100 else {
            throw ValidationError("\(flag) '\(text)' is not valid: give a percentage from 0 to 100, e.g. \(flag) 5%")
        }
        return value / 100
    }
}

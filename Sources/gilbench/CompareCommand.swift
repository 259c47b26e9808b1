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
        Per workload x strategy x workers: the ratio new/base of median wall time, of speedup (N x median T(1) / \
        median T(N)) and of median set-up time, a 95% percentile-bootstrap interval of each ratio (4000 resamples, \
        fixed seed: the same input always gives the same report) and a two-sided Mann-Whitney U p-value, adjusted \
        for the number of points compared (Benjamini-Hochberg within each metric: q; --correction none keeps raw p). \
        A change is significant when the interval excludes 1 and q < 0.05. A regression is a significant change of \
        wall time up, or of speedup down, by more than --threshold; set-up time only gates with --gate-setup. Then \
        the geometric mean of each ratio over workloads. Points found on one side only, failed or unsupported on a \
        side, or run with a different size are listed under "Not compared".

        Trials per point set the power: with 5 per side the smallest possible p is 0.008, so after the adjustment \
        only a change seen at many points is significant; use --repeat 10 or more to gate single points.

        Examples:
          gilbench compare old-run/ new-run/
          gilbench compare run/ --base-python 3.12 --new-python 3.13
          gilbench compare old-run/ new-run/ --threshold 10% --format json

        Exit codes: 0 no regression; 2 regression found; 64 bad input (not a gilbench result, truncated file, \
        incompatible format version, unknown Python, bad flag).
        """)

    @Argument(help: ArgumentHelp("The base run folder (the reference).", valueName: "base-dir"))
    var base: String

    @Argument(help: ArgumentHelp("The new run folder. Omit to compare two Pythons of the base run.", valueName: "new-dir"))
    var new: String?

    @Option(name: .long, help: ArgumentHelp("The base side's Python (3.12, 3.12.1, 3.13t) when its run holds several.", valueName: "python"))
    var basePython: String?

    @Option(name: .long, help: ArgumentHelp("The new side's Python when its run holds several.", valueName: "python"))
    var newPython: String?

    @Option(name: .long, help: ArgumentHelp("Largest tolerated significant worsening of wall time or speedup, in percent (5% or 5).", valueName: "percent"))
    var threshold: String = "5%"

    @Option(name: .long, help: ArgumentHelp("Threshold for set-up time when --gate-setup is given, in percent.", valueName: "percent"))
    var setupThreshold: String = "20%"

    @Flag(name: .long, help: "Let a significant set-up time increase beyond --setup-threshold count as a regression too.")
    var gateSetup = false

    @Option(name: .long, help: ArgumentHelp("Let a significant increase of peak memory (PSS) beyond this percentage count as a regression (default: memory is reported, not gated).", valueName: "percent"))
    var gateMemory: String?

    @Option(name: .long, help: ArgumentHelp("Multiple-test correction of the p-values: bh (Benjamini-Hochberg over the points of each metric) or none.", valueName: "correction"))
    var correction: String = "bh"

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
        if new == nil && (basePython == nil || newPython == nil) {
            throw ValidationError("give two run folders, or one run folder with --base-python and --new-python")
        }
    }

    func run() throws {
        let baseURL = URL(fileURLWithPath: base, isDirectory: true)
        let newURL = URL(fileURLWithPath: new ?? base, isDirectory: true)
        let baseRun = try ResultFolderReader.load(baseURL)
        let newRun = new == nil ? baseRun : try ResultFolderReader.load(newURL)
        let baseSide = try ComparisonSide.select(from: baseRun.records, python: basePython, flag: "--base-python",
                                                 source: baseURL.path, runID: baseRun.metadata.runID, machine: baseRun.metadata.machine)
        let newSide = try ComparisonSide.select(from: newRun.records, python: newPython, flag: "--new-python",
                                                source: newURL.path, runID: newRun.metadata.runID, machine: newRun.metadata.machine)
        let settings = ComparisonSettings(
            threshold: try Self.percent(threshold, flag: "--threshold"),
            setupThreshold: try Self.percent(setupThreshold, flag: "--setup-threshold"), gateSetup: gateSetup,
            correction: MultipleTestCorrection(rawValue: correction) ?? .bh,
            memoryThreshold: try gateMemory.map { try Self.percent($0, flag: "--gate-memory") })
        let comparison = Comparator.compare(base: baseSide, new: newSide, settings: settings)
        let report = try (ComparisonFormat(rawValue: format) ?? .text).render(comparison)
        if let output {
            do {
                try report.write(to: URL(fileURLWithPath: output))
            } catch {
                throw GILBenchError.outputNotWritable(path: output, reason: (error as NSError).localizedDescription)
            }
            FileHandleOutput.standardError(ComparisonCells.conclusion(comparison) + "\nreport: \(output)\n")
        } else {
            FileHandle.standardOutput.write(report)
        }
        if comparison.hasRegression {
            throw ExitCode(ExitStatus.regressionFound.rawValue)
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

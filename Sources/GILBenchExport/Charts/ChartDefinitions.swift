// ChartDefinitions: the gnuplot chart templates (plots/*.gp): built into gilbench, or from $GILBENCH_PLOTS.
import Foundation
import GILBenchBuiltins
import GILBenchCore

/// The chart definitions: the single source of every chart, copied into each run folder. They come from the
/// binary itself (embedded at build time), or from `$GILBENCH_PLOTS` when that is set; never from the current
/// directory, and never from a result folder, whose `plots/*.gp` gilbench rewrites from these.
public struct ChartDefinitions: Sendable {
    /// The folder of `$GILBENCH_PLOTS`; nil for the templates built into gilbench.
    public let directory: URL?

    /// Templates read from `directory`, or the built-in ones with nil.
    public init(directory: URL?) {
        self.directory = directory
    }

    /// The templates built into gilbench.
    public static let builtIn = ChartDefinitions(directory: nil)

    /// `$GILBENCH_PLOTS` when it is set (a folder holding speedup.gp), else the templates built into gilbench.
    public static func chosen(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ChartDefinitions {
        guard let explicit = environment["GILBENCH_PLOTS"], !explicit.isEmpty else { return builtIn }
        let directory = URL(fileURLWithPath: explicit, isDirectory: true)
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent(ChartKind.speedup.scriptName).path) else {
            throw GILBenchError.plotsFolderMissing
        }
        return ChartDefinitions(directory: directory)
    }

    /// The text of `kind`'s script.
    public func body(of kind: ChartKind) throws -> String {
        try text(named: kind.scriptName)
    }

    /// The text of the template `name` (`speedup.gp`, `history.gp`, ...).
    public func text(named name: String) throws -> String {
        if let directory {
            guard let text = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) else {
                throw GILBenchError.plotsFolderMissing
            }
            return text
        }
        guard let text = BuiltinFiles.text(name, in: .plots) else { throw GILBenchError.plotsFolderMissing }
        return text
    }
}

// ChartDefinitions: finds the repository's plots/ folder and reads the gnuplot chart definitions from it.
import Foundation
import GILBenchCore

/// The chart definitions (plots/*.gp): the single source of every chart, copied into each run folder.
public struct ChartDefinitions: Sendable {
    /// The plots/ folder.
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// Finds plots/: `$GILBENCH_PLOTS`, else the nearest `plots/speedup.gp` above the executable, else above the
    /// current directory (as Benchmarks/ is found).
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ChartDefinitions {
        let marker = ChartKind.speedup.scriptName
        if let explicit = environment["GILBENCH_PLOTS"] {
            let directory = URL(fileURLWithPath: explicit, isDirectory: true)
            guard FileManager.default.fileExists(atPath: directory.appendingPathComponent(marker).path) else {
                throw GILBenchError.plotsFolderMissing
            }
            return ChartDefinitions(directory: directory)
        }
        guard let found = RepositoryFolder.find("plots", containing: marker) else { throw GILBenchError.plotsFolderMissing }
        return ChartDefinitions(directory: found)
    }

    /// The text of `kind`'s script.
    public func body(of kind: ChartKind) throws -> String {
        let url = directory.appendingPathComponent(kind.scriptName)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw GILBenchError.plotsFolderMissing }
        return text
    }
}

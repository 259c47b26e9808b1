// SuiteSelection: `--suite pyperformance[:NAME,NAME...]` resolved to workloads.
import Foundation

/// A parsed `--suite` value.
public struct SuiteSelection: Sendable, Equatable {
    /// The suites gilbench knows.
    public static let known = ["pyperformance"]

    public let suite: String
    /// Benchmarks picked after the colon; empty for all.
    public let names: [String]

    public init(spec: String) throws {
        let parts = spec.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let suite = parts.first, Self.known.contains(suite) else {
            throw GILBenchError.unknownName(kind: "suite", name: spec, valid: Self.known.map { $0 + "[:NAME,NAME...]" })
        }
        self.suite = suite
        self.names = parts.count > 1 ? parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : []
    }

    /// The suite (cached or installed with the first of `pythons` that has pip) and the selected workloads.
    public func workloads(version: String?, pythons: [PythonInstallation]) throws -> [Workload] {
        try resolve(version: version, pythons: pythons).workloads
    }

    /// The suite release and the selected workloads.
    public func resolve(version: String?, pythons: [PythonInstallation]) throws -> (suite: PyperformanceSuite, workloads: [Workload]) {
        let suite = try PyperformanceSuite.locateOrInstall(version: version, pythons: pythons.compactMap(\.executable))
        return (suite, try suite.workloads(selecting: names))
    }

    /// `named` then `suite`; a name in both is bad input (results are keyed by workload name).
    public static func merge(_ named: [Workload], _ suite: [Workload]) throws -> [Workload] {
        for workload in suite {
            if let clash = named.first(where: { $0.name == workload.name }) {
                throw GILBenchError.invalidValue(
                    flag: "--suite", value: workload.name,
                    expected: "names unique in one run, but --workload also gives '\(clash.name)' (\(clash.path)); drop one of them")
            }
        }
        return named + suite
    }
}

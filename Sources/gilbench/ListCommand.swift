// ListCommand: `gilbench list workloads|strategies|pythons`.
import ArgumentParser
import Foundation
import GILBenchCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the built-in workloads, the strategies, or the Pythons found on this machine.")

    enum Topic: String, ExpressibleByArgument, CaseIterable {
        case workloads, strategies, pythons
    }

    @Argument(help: "What to list: workloads, strategies or pythons.")
    var topic: Topic

    @Option(name: .long, help: ArgumentHelp("With 'workloads': list a suite's benchmarks instead (pyperformance).", valueName: "suite"))
    var suite: String?

    @Option(name: .long, help: ArgumentHelp("With --suite: the release to list.", valueName: "version"))
    var suiteVersion: String?

    func run() throws {
        switch topic {
        case .workloads where suite != nil:
            try listSuite(suite ?? "")
        case .workloads:
            let catalog = try WorkloadCatalog.builtIn()
            defer { catalog.removePrivateCopy() }
            let width = (catalog.builtIns + catalog.inputWorkloads).map(\.name.count).max() ?? 0
            for workload in catalog.builtIns + catalog.inputWorkloads {
                print(workload.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + workload.summary)
            }
            let origin = catalog.privateCopy == nil ? "from \(catalog.directory)" : "built into gilbench"
            print("\n(\(origin); any .py file defining run(size) can be passed with --workload PATH)")
        case .strategies:
            for strategy in Strategy.allCases {
                print(strategy.rawValue.padding(toLength: 24, withPad: " ", startingAt: 0) + strategy.summary)
            }
        case .pythons:
            let discovery = PythonDiscovery()
            let (installations, rejected) = discovery.discover()
            for python in installations {
                let strategies: String
                if let reason = python.unusableReason {
                    strategies = "not usable: \(reason)"
                } else {
                    strategies = "strategies: " + Strategy.allCases.filter { $0.unsupportedReason(on: python) == nil }.map(\.rawValue).joined(separator: ", ")
                }
                print("\(python.label.padding(toLength: 9, withPad: " ", startingAt: 0)) \(python.build.padding(toLength: 14, withPad: " ", startingAt: 0)) \(python.library)")
                print("          interpreter \(python.executable ?? "-"); \(python.gilState(environment: ProcessInfo.processInfo.environment)); \(strategies)")
                if python.unusableReason == nil, Strategy.interpreterPool.unsupportedReason(on: python) == nil, let api = python.interpreterPoolAPI {
                    print("          interpreter-pool API: \(api)")
                }
                for strategy in Strategy.allCases where python.unusableReason == nil {
                    if let reason = strategy.unsupportedReason(on: python), python.supportsOwnGIL {
                        print("          \(strategy.rawValue) unsupported: \(reason)")
                    }
                }
            }
            for candidate in rejected {
                print("skipped   \(candidate.path): \(candidate.reason)")
            }
            if installations.isEmpty { print("no CPython with a shared libpython found on PATH, under $PYENV_ROOT/versions or in /usr/bin") }
        }
    }

    private func listSuite(_ spec: String) throws {
        let selection = try SuiteSelection(spec: spec)
        let pythons = (try? PythonSelection().defaultSelection()) ?? []
        let suite = try PyperformanceSuite.locateOrInstall(version: suiteVersion, pythons: pythons.compactMap(\.executable))
        let chosen = suite.benchmarks.filter { selection.names.isEmpty || selection.names.contains($0.name) }
        let width = chosen.map(\.name.count).max() ?? 0
        for benchmark in chosen {
            var line = benchmark.name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
            line += benchmark.tags.isEmpty ? "-" : benchmark.tags.joined(separator: " ")
            if !benchmark.arguments.isEmpty { line += "  args: " + benchmark.arguments.joined(separator: " ") }
            if !benchmark.requirements.isEmpty { line += "  needs: " + benchmark.requirements.joined(separator: ", ") }
            print(line)
        }
        print("\n(pyperformance \(suite.version), \(suite.benchmarksFolder); run with --suite \(spec))")
    }
}

// PoolTrial: runs one trial of a Python-level strategy through PoolDriver in the host's main interpreter and
// turns the driver's JSON into a TrialMeasurement.
import Foundation
import GILBenchCore
import PythonEmbedding

/// What the Python-level strategies share: install the driver module, call one driver function in the main
/// interpreter (its pool threads or worker processes do the work), decode what it measured.
struct PoolTrial {
    /// A Python call expression on the imported module `_gilbench_pool` that evaluates to the JSON text, given
    /// the keyword arguments every driver function takes (`path=..., size=..., workers=..., input_bytes=...`).
    let call: (_ commonArguments: String) -> String

    private struct Report: Decodable {
        struct Worker: Decodable {
            let pid: Int32?
            let interpreter_id: Int64?
            let `in`: Double?
            let end: Double?
            let back: Double?
            let checksum: String?
            let error: String?
        }
        let api: String?
        let setup: Double
        let teardown: Double
        let workers: [Worker]
    }

    /// The driver functions' shared keyword arguments, as Python source.
    static func commonArguments(_ spec: TrialSpec) -> String {
        "path=\(WorkloadHarness.literal(spec.workload.path)), size=\(spec.size), workers=\(spec.workers), "
            + "input_bytes=\(spec.workload.inputBytes.map(String.init) ?? "None")"
    }

    func run(_ spec: TrialSpec, runtime: PythonRuntime?) -> HostReport {
        guard let runtime else { return .failed(status: .error, message: "no Python runtime in the host") }
        let folder: PrivateFolder
        do {
            folder = try PoolDriver.install()
        } catch {
            return .failed(status: .error, message: "cannot write the pool driver module: \(error)")
        }
        defer { folder.remove() }
        let json: String
        do {
            json = try runtime.withMainInterpreter { interpreter -> String in
                try interpreter.execute("import sys; sys.path.insert(0, \(WorkloadHarness.literal(folder.url.path))); "
                                        + "import \(PoolDriver.moduleName); _gb_pool_report = \(call(Self.commonArguments(spec)))\n")
                return interpreter.string(named: "_gb_pool_report") ?? ""
            }
        } catch {
            return .failed(status: .error, message: "\(error)")
        }
        return Self.report(fromDriverJSON: json)
    }

    /// Turns the driver's JSON into the trial's report: a worker that raised keeps its error and gets no times;
    /// the wall time runs to the last result received back (`back`), the compute time to the last `run` return
    /// (`end`), both from the release; unreadable JSON is an `error`.
    static func report(fromDriverJSON json: String) -> HostReport {
        guard let report = try? JSONDecoder().decode(Report.self, from: Data(json.utf8)) else {
            return .failed(status: .error, message: "the pool driver returned no readable report")
        }
        let samples = report.workers.enumerated().map { index, worker -> WorkerSample in
            let ok = worker.error == nil
            let start = worker.in ?? 0
            let end = worker.end ?? 0
            return WorkerSample(
                index: index, pid: worker.pid ?? 0, interpreterID: worker.interpreter_id ?? -1,
                startSeconds: ok ? start : 0, endSeconds: ok ? end : 0, checksum: ok ? worker.checksum : nil,
                error: worker.error, transferInSeconds: ok ? max(0, start) : nil,
                transferOutSeconds: ok ? max(0, (worker.back ?? end) - end) : nil)
        }
        let finished = report.workers.filter { $0.error == nil }
        let wall = finished.compactMap(\.back).max() ?? 0
        let compute = finished.compactMap(\.end).max() ?? 0
        return .trial(TrialMeasurement(
            setupSeconds: report.setup, wallSeconds: wall, teardownSeconds: max(0, report.teardown), workers: samples,
            computeSeconds: compute, note: report.api.map { "API: \($0)" }))
    }
}

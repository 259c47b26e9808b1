// HostProgram+Calibration: a calibration request: time run(size) for growing sizes in the main interpreter.
import Foundation
import GILBenchCore
import PythonEmbedding

extension HostProgram {
    /// Loads the workload once and lets `SizeCalibration.search` time `run(size)` (time.perf_counter around the
    /// call, as the reference run's direct timing) until a call is long enough.
    static func runCalibration(python: PythonInstallation, workload: Workload, minimumSeconds: Double, importSite: Bool,
                               channel: LineChannel) -> Int32 {
        guard let runtime = startRuntime(python, importSite: importSite, channel: channel) else { return 1 }
        let report: HostReport
        do {
            report = try runtime.withMainInterpreter { interpreter -> HostReport in
                try interpreter.execute(WorkloadHarness.source)
                try interpreter.execute("_gb_module, _gb_run = _gilbench_load(\(WorkloadHarness.literal(workload.path)))\n")
                do {
                    return .calibrated(try SizeCalibration.search(minimumSeconds: minimumSeconds) { size in
                        try interpreter.execute("_gb_direct, _gb_result = _gilbench_time_direct(_gb_run, (\(size),)); _gb_direct = repr(_gb_direct)\n")
                        return interpreter.string(named: "_gb_direct").flatMap(Double.init) ?? 0
                    })
                } catch {
                    return .failed(status: .error, message: "calibrating the size: \(error)")
                }
            }
        } catch {
            report = .failed(status: .error, message: "\(error)")
        }
        channel.send(report)
        runtime.finalize()
        return 0
    }
}

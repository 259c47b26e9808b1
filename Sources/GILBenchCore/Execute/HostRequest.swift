// HostRequest: what the runner asks a child host process (or a host asks a process worker) to do.

import Foundation

/// The single argument of `gilbench _host`, JSON-encoded.
public enum HostRequest: Codable, Sendable {
    /// Run one trial.
    case trial(TrialSpec)
    /// Run the workload once in the main interpreter (`size` nil: use its SIZE).
    case reference(python: PythonInstallation, workload: Workload, size: Int?, importSite: Bool)
    /// Time growing sizes of the workload in the main interpreter until one call takes `minimumSeconds` (SizeCalibration).
    case calibration(python: PythonInstallation, workload: Workload, minimumSeconds: Double, importSite: Bool)
    /// Be one worker of a `processes` trial: set up, report ready, wait for the go byte, run, report.
    /// `innerWarmupCount`: untimed calls before reporting ready (`--inner-warmup`).
    case processWorker(python: PythonInstallation, workload: Workload, size: Int, importSite: Bool, innerWarmupCount: Int)
    /// Run a soak test: one worker per cycle, created, run once and ended, reporting memory as it goes.
    case soak(SoakSpec)

    /// The request as the one command-line argument of `gilbench _host` (readable JSON: slashes unescaped, so
    /// `ps` shows the workload's path as it is).
    public func commandLineArgument() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

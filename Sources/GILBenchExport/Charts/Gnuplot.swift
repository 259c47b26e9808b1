// Gnuplot: finds the gnuplot executable and runs a chart script, turning any failure into an error naming it.
import Foundation
import GILBenchCore

/// The gnuplot program.
public struct Gnuplot: Sendable {
    public let executable: String

    public init(executable: String) {
        self.executable = executable
    }

    /// `$GNUPLOT` if set, else the first `gnuplot` on PATH; nil when there is none.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Gnuplot? {
        if let explicit = environment["GNUPLOT"], !explicit.isEmpty {
            return FileManager.default.isExecutableFile(atPath: explicit) ? Gnuplot(executable: explicit) : nil
        }
        for directory in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("gnuplot").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return Gnuplot(executable: candidate) }
        }
        return nil
    }

    /// Runs `script` in its own folder and returns what gnuplot printed (warnings; empty when all went well).
    /// Throws `GILBenchError.gnuplotFailed` with gnuplot's messages when it exits non-zero.
    @discardableResult
    public func render(_ script: URL) throws -> String {
        let output: ProcessOutput
        do {
            output = try ProcessOutput.run(executable, [script.lastPathComponent], directory: script.deletingLastPathComponent())
        } catch {
            throw GILBenchError.gnuplotFailed(script: script.path, output: "could not start \(executable): \(error)")
        }
        let messages = (output.standardError + output.standardOutput).trimmingCharacters(in: .whitespacesAndNewlines)
        if output.exitCode != 0 {
            throw GILBenchError.gnuplotFailed(script: script.path, output: messages.isEmpty ? "exit status \(output.exitCode)" : messages)
        }
        return messages
    }
}

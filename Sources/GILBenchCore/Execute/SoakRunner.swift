// SoakRunner: starts a soak host and collects its memory samples until it finishes, fails or times out.
import Foundation

/// What a soak host produced: every sample it sent, and why it stopped early (nil when every cycle ran).
public struct SoakOutcome: Sendable {
    public let samples: [SoakSample]
    public let failure: (status: TrialStatus, message: String)?
}

/// Runs `gilbench _host` with a soak request.
public enum SoakRunner {
    /// - Parameter onSample: called as each sample arrives (progress).
    public static func run(_ spec: SoakSpec, executable: String = ChildHostExecutor.currentExecutable(), timeoutSeconds: Double,
                           onSample: (SoakSample) -> Void = { _ in }) -> SoakOutcome {
        let logPath = NSTemporaryDirectory() + "gilbench-soak-\(getpid()).log"
        defer { try? FileManager.default.removeItem(atPath: logPath) }
        // What the soak host leaves running (adopted if this process is a subreaper) ends with it.
        let owned = ProcessHygiene.children()
        defer { ProcessHygiene.killAll(excluding: owned) }
        let child: ChildProcess
        do {
            child = try ChildProcess(executable: executable, arguments: ["_host", try HostRequest.soak(spec).commandLineArgument()],
                                     environment: ChildHostExecutor.childEnvironment(), logPath: logPath)
        } catch {
            return SoakOutcome(samples: [], failure: (.error, "\(error)"))
        }
        let deadline = MonotonicInstant.after(seconds: timeoutSeconds)
        var samples: [SoakSample] = []
        while true {
            switch child.channel.readLine(until: deadline) {
            case let .line(text):
                switch try? JSONDecoder().decode(HostReport.self, from: Data(text.utf8)) {
                case let .soakSample(sample)?:
                    samples.append(sample)
                    onSample(sample)
                case .soakFinished?:
                    _ = child.waitForExit(until: MonotonicInstant.after(seconds: 30))
                    return SoakOutcome(samples: samples, failure: nil)
                case let .failed(status, message)?:
                    _ = child.waitForExit(until: MonotonicInstant.after(seconds: 5))
                    return SoakOutcome(samples: samples, failure: (status, message))
                default:
                    _ = child.killGroup()
                    return SoakOutcome(samples: samples, failure: (.error, "unreadable host message: \(text.prefix(200))"))
                }
            case .timedOut:
                _ = child.killGroup()
                return SoakOutcome(samples: samples, failure: (.timeout, "killed after the \(ChildHostExecutor.format(timeoutSeconds)) s timeout (--timeout)"))
            case .endOfStream:
                let exit = child.waitForExit(until: MonotonicInstant.after(seconds: 5)) ?? child.killGroup()
                let output = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
                return SoakOutcome(samples: samples, failure: (.crash, ChildHostExecutor.crashMessage(exit, output: output, reported: false)))
            }
        }
    }
}

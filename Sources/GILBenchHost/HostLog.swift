// HostLog: lines a host writes to its stderr log as things happen, so a later crash still leaves the cause.
#if canImport(Glibc)
import Glibc
#endif

/// Writes to fd 2 of the host (the runner keeps it as the trial log and quotes it in crash messages).
enum HostLog {
    /// The prefix the runner looks for when explaining a crash.
    static let prefix = "gilbench host: "

    static func note(_ text: String) {
        let line = prefix + text + "\n"
        _ = line.withCString { write(2, $0, strlen($0)) }
    }
}

// FileHandleOutput: unbuffered writes to stdout/stderr that never interleave with child output mid-line.
import Foundation
import GILBenchCore
import GILBenchExport
#if canImport(Glibc)
import Glibc
#endif

/// Every line gilbench prints passes through `TerminalText`: names and messages read from result folders or
/// workloads cannot send escape sequences to the terminal.
enum FileHandleOutput {
    /// The exit status when standard output is a pipe whose reader has gone (`gilbench history | head`): what a
    /// shell reports for a tool killed by SIGPIPE, which gilbench ignores (see `GILBench.main`).
    static let closedPipeStatus: Int32 = 128 + SIGPIPE

    static func standardError(_ text: String) {
        _ = write(STDERR_FILENO, text)
    }

    /// Writes `text`; if the reader closed the pipe, ends the process quietly (everything gilbench saves is on
    /// disk before it prints), instead of trapping in FileHandle.
    static func standardOutput(_ text: String) {
        if write(STDOUT_FILENO, text) == EPIPE { Glibc.exit(closedPipeStatus) }
    }

    /// Writes all of `text` to `descriptor`; returns 0, or the errno that stopped it.
    private static func write(_ descriptor: Int32, _ text: String) -> Int32 {
        let bytes = Array(TerminalText.escaped(text).utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }
}

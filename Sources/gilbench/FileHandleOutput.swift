// FileHandleOutput: unbuffered writes to stdout/stderr that never interleave with child output mid-line.
import Foundation
import GILBenchExport

/// Every line gilbench prints passes through `TerminalText`: names and messages read from result folders or
/// workloads cannot send escape sequences to the terminal.
enum FileHandleOutput {
    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(TerminalText.escaped(text).utf8))
    }

    static func standardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(TerminalText.escaped(text).utf8))
    }
}

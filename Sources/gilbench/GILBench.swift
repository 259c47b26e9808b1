// gilbench: the command-line entry point. Parses arguments and wires the pipeline; no logic of its own.
import ArgumentParser
import GILBenchCore
import GILBenchExport
#if canImport(Glibc)
import Glibc
#endif

@main
struct GILBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gilbench",
        abstract: "Measure how CPU-bound Python scales over cores with threads, own-GIL sub-interpreters, shared-GIL sub-interpreters and processes.",
        discussion: """
        Exit codes: 0 every trial ok (unsupported points included); 1 a trial failed (error, crash or timeout; \
        every measured row is still on disk); 2 'compare' found a regression; 64 bad input (the message says what to change).
        """,
        version: GILBenchVersion.tool,
        subcommands: [RunCommand.self, SoakCommand.self, ListCommand.self, DoctorCommand.self, CompareCommand.self, ABCommand.self, HistoryCommand.self, ExportCommand.self, PlotCommand.self, MergeCommand.self, HostCommand.self],
        defaultSubcommand: RunCommand.self
    )

    static func main() {
        // A worker whose peer died must get EPIPE, not a silent death.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as GILBenchError {
            // One line, whatever a value quoted in the message holds.
            FileHandleOutput.standardError("gilbench: error: \(TerminalText.line(error.description))\n")
            Glibc.exit(ExitStatus.badInput.rawValue)
        } catch {
            exit(withError: error)
        }
    }
}

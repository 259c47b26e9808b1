// HostCommand: the hidden entry point of child host and worker processes.
import ArgumentParser
import GILBenchHost
#if canImport(Glibc)
import Glibc
#endif

struct HostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_host", abstract: "Internal: run one trial request in this process.", shouldDisplay: false)

    @Argument(help: "A JSON-encoded host request.")
    var request: String

    func run() throws {
        Glibc.exit(HostProgram.main(requestJSON: request))
    }
}

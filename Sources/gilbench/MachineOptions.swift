// MachineOptions: --machine and --allow-cross-machine, the one pair of options of every command that reads many runs.
import ArgumentParser
import GILBenchCore

/// Which machine's runs a command reads (`--machine`), and whether runs of different CPU models may meet
/// (`--allow-cross-machine`), shared by `compare` and `history`.
struct MachineOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only runs of this machine (host name, or part of the CPU model): the one to take from a merged campaign or a folder of runs.", valueName: "name"))
    var machine: String?

    @Flag(name: .long, help: "Take runs of different CPU models together (refused by default: their times are not comparable); history charts them side by side, grouped by machine.")
    var allowCrossMachine = false

    /// Throws `GILBenchError.crossMachine` for `command` when `machines` are of different CPU models and
    /// --allow-cross-machine was not given.
    func checkOneMachine(_ machines: [MachineInfo], command: String) throws {
        if !allowCrossMachine, let problem = MachineInfo.crossMachineProblem(machines) {
            throw GILBenchError.crossMachine(problem: problem, command: command)
        }
    }
}

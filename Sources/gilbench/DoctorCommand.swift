// DoctorCommand: `gilbench doctor`: what on this machine would make results noisy, and what to do about it.
import ArgumentParser
import GILBenchCore
import GILBenchExport

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check this machine for what makes benchmarks noisy (governor, turbo, load, busy processes, CPUs, swap, timer).",
        discussion: "Read-only: it changes nothing, and says what to change. Exit 0 whatever it finds.")

    func run() throws {
        FileHandleOutput.standardOutput(DoctorTable.render(SystemDoctor.examine()))
    }
}

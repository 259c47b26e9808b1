// DoctorTable: `gilbench doctor`'s terminal output: one line per check, the advice under each warning.
import GILBenchCore

/// Renders system checks as plain text.
public enum DoctorTable {
    public static func render(_ checks: [SystemCheck]) -> String {
        var text = "gilbench doctor: what could make benchmark results noisy on this machine\n\n"
        let width = (checks.map(\.name.count).max() ?? 0) + 2
        for check in checks {
            let name = check.name.padding(toLength: width, withPad: " ", startingAt: 0)
            text += "  " + check.verdict.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + name + check.finding + "\n"
            if !check.advice.isEmpty {
                text += String(repeating: " ", count: 11 + width) + "-> " + check.advice + "\n"
            }
        }
        let warnings = checks.filter { $0.verdict == .warning }.count
        text += "\n" + (warnings == 0
            ? "No warning: this machine looks ready for a long run.\n"
            : "\(warnings) warning\(warnings == 1 ? "" : "s"): fix them (or accept them) before a long run. A run records the same facts in metadata.json and flags affected points in summary.csv (warnings) and report.md (Stability).\n")
        return text
    }
}

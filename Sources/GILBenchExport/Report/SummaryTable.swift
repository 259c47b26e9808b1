// SummaryTable: the terminal table printed at the end of a run: speedup per worker count, per strategy.
import Foundation
import GILBenchCore
import GILBenchResults

/// Renders the summary as plain text, one block per Python.
public enum SummaryTable {
    public static func render(_ results: RunResults) -> String {
        let rows = results.summary
        let counts = Array(Set(rows.map(\.workers))).sorted()
        var output = ""
        let pythons = rows.map { "\($0.pythonVersion) \($0.pythonBuild)" }.uniqued()
        let cores = results.metadata.machine.usableCPUCount
        for python in pythons {
            let block = rows.filter { "\($0.pythonVersion) \($0.pythonBuild)" == python }
            output += "\nPython \(python): speedup = workers x T(1)/T(workers), ideal = workers up to \(cores) cores\n"
            let most = counts.max() ?? 1
            if let baseline = block.lazy.compactMap(\.baseline).first {
                output += "vs base = throughput at \(most) workers against one worker of \(baseline.label): workers x T_baseline(1)/T(workers)\n"
            }
            var header = pad("workload", 16) + pad("strategy", 24) + pad("gil", 16) + lpad("T(1) s", 9) + lpad("setup ms", 10)
            for count in counts { header += lpad("x\(count)", 7) }
            header += lpad("vs base", 9)
            output += header + "  status\n"
            for workload in block.map(\.workload).uniqued() {
                for strategy in Strategy.allCases {
                    let line = block.filter { $0.workload == workload && $0.strategy == strategy }
                    guard !line.isEmpty else { continue }
                    let one = line.first { $0.workers == 1 }
                    var text = pad(workload, 16) + pad(strategy.rawValue, 24) + pad(line[0].lockModel.rawValue, 16)
                    text += lpad(one?.wall.map { String(format: "%.3f", $0.median) } ?? "-", 9)
                    text += lpad(one?.setup.map { String(format: "%.1f", $0.median * 1000) } ?? "-", 10)
                    for count in counts {
                        let cell = line.first { $0.workers == count }
                        text += lpad(cell?.speedup.map { String(format: "%.2f", $0) + warningMarker(cell) } ?? "-", 7)
                    }
                    text += lpad(line.first { $0.workers == most }?.throughputVsBaseline.map { String(format: "%.2f", $0) } ?? "-", 9)
                    let worst = line.max { $0.status.severity < $1.status.severity }!
                    text += "  " + worst.status.rawValue
                    if worst.status != .ok { text += ": " + String(worst.message.prefix(90)) }
                    output += text + "\n"
                }
            }
        }
        return output + warningFootnote(rows)
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text.padding(toLength: width, withPad: " ", startingAt: 0)
    }

    private static func lpad(_ text: String, _ width: Int) -> String {
        text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
    }
}

// SoakReport: soak.csv, the growth verdicts and the soak chart of a `gilbench soak` run (the fits: SoakGrowth).
import Foundation
import GILBenchCore
import GILBenchResults

/// The files and the verdict of one soak test.
public struct SoakReport: Sendable {
    public static let columns = ["cycle", "rss_bytes", "pss_bytes", "uss_bytes", "elapsed_seconds", "fitted"]

    public let samples: [SoakSample]
    /// Growth per cycle of each measure, computed in Summarise (`SoakGrowth`).
    public let growth: SoakGrowth
    /// Samples before this cycle are recorded but not fitted: the first cycles fill caches and allocator pools.
    public var fitFromCycle: Int { growth.fitFromCycle }
    public var rss: LinearFit? { growth.rss }
    public var pss: LinearFit? { growth.pss }
    public var uss: LinearFit? { growth.uss }

    public init(samples: [SoakSample], fitFromCycle: Int) {
        self.samples = samples
        growth = SoakGrowth(samples: samples, fitFromCycle: fitFromCycle)
    }

    /// soak.csv.
    public func csv() -> Data {
        var lines = [CSVFormat.line(Self.columns)]
        for sample in samples {
            lines.append(CSVFormat.line([
                String(sample.cycle), String(sample.memory.rssBytes), String(sample.memory.pssBytes), String(sample.memory.ussBytes),
                CSVFormat.seconds(sample.elapsedSeconds), sample.cycle >= fitFromCycle ? "true" : "false",
            ]))
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// "RSS +12.3 B/cycle (95% CI -40.1 to +64.2) over cycles 100-1000: no growth beyond noise".
    public static func describe(_ name: String, _ fit: LinearFit?, from: Int, to: Int) -> String {
        guard let fit else { return "\(name): too few samples to fit (raise --cycles or lower --sample-every)" }
        func signed(_ value: Double) -> String { String(format: "%+.1f", value) }
        let interval = "\(Int(fit.slopeInterval.level * 100))% CI \(signed(fit.slopeInterval.lower)) to \(signed(fit.slopeInterval.upper))"
        let verdict: String
        if !fit.isSignificant {
            verdict = "no growth beyond noise (the interval contains 0)"
        } else if fit.slope > 0 {
            verdict = String(format: "grows by %.2f kB per cycle (%.1f MiB per 1,000 cycles)", fit.slope / 1024, fit.slope * 1000 / 1_048_576)
        } else {
            verdict = "shrinks (memory returned after the first cycles)"
        }
        return "\(name) \(signed(fit.slope)) B/cycle (\(interval)) over cycles \(from)-\(to): \(verdict)"
    }

    /// The lines printed at the end of a soak.
    public func summaryLines() -> [String] {
        let last = samples.last?.cycle ?? 0
        return [Self.describe("RSS", rss, from: fitFromCycle, to: last), Self.describe("PSS", pss, from: fitFromCycle, to: last),
                Self.describe("USS", uss, from: fitFromCycle, to: last)]
    }

    /// The soak chart, drawn by plots/soak.gp from soak.csv in the same folder, with the RSS fit: in one process RSS
    /// is the steadiest measure (PSS and USS also move when other processes map or unmap the same library pages).
    public func chart(subject: String) -> Chart {
        var parameters: [Chart.Parameter] = [.string("csv", "soak.csv"), .string("subject", subject), .number("fit_from", fitFromCycle)]
        if let rss {
            parameters += [Chart.Parameter(name: "slope", literal: String(format: "%.6f", rss.slope), replaced: []),
                           Chart.Parameter(name: "intercept", literal: String(format: "%.3f", rss.intercept), replaced: [])]
        }
        parameters += [.string("verdict", Self.describe("RSS", rss, from: fitFromCycle, to: samples.last?.cycle ?? 0)), .string("out", "soak")]
        return Chart(kind: .soak, name: "soak", caption: "Memory vs cycle: \(subject)", python: nil, parameters: parameters)
    }

    /// Writes soak.csv, soak.gp and (with gnuplot) soak.png and soak.svg into `directory`. Returns a problem
    /// with the chart, if any (the CSV is always written first).
    public func write(to directory: URL, subject: String, runID: String) throws -> String? {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try csv().write(to: directory.appendingPathComponent("soak.csv"), options: .atomic)
        let chart = chart(subject: subject)
        let definitions: ChartDefinitions
        do { definitions = try ChartDefinitions.chosen() } catch { return "\(error)" }
        let script = directory.appendingPathComponent(chart.scriptName)
        try Data(GnuplotScript.text(for: chart, definition: try definitions.body(of: .soak), runID: runID).utf8)
            .write(to: script, options: .atomic)
        guard let gnuplot = Gnuplot.locate() else { return "gnuplot not found: soak.gp is written, soak.png is not (install gnuplot-nox)" }
        do { try gnuplot.render(script) } catch { return "\(error)" }
        return nil
    }
}

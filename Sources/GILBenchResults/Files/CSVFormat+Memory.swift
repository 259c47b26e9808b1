// CSVFormat+Memory: the memory cells of trials.csv (format 2), written and read back.
import GILBenchCore

extension CSVFormat {
    /// A byte count as a whole number; empty for nil.
    public static func bytes(_ value: Int?) -> String {
        value.map(String.init) ?? ""
    }

    /// A byte count that may be fractional (a per-worker share), rounded to whole bytes; empty for nil.
    public static func bytes(_ value: Double?) -> String {
        value.map { String(format: "%.0f", $0) } ?? ""
    }

    /// The cells of `TrialsCSVExporter.memoryColumns`, in order.
    static func memoryFields(_ memory: TrialMemory?) -> [String] {
        [bytes(memory?.setup?.rssBytes), bytes(memory?.setup?.pssBytes), bytes(memory?.setup?.ussBytes),
         bytes(memory?.peakRSSBytes), bytes(memory?.peakPSSBytes), bytes(memory?.highWaterBytes)]
    }

    /// The memory of a trials.csv row; nil when the row has none (format 1, or not measured). A cell that is
    /// present but not a whole number is an error.
    static func memory(_ row: [String: String], fail: (String) -> GILBenchError) throws -> TrialMemory? {
        func value(_ column: String) throws -> Int? {
            guard let text = row[column], !text.isEmpty else { return nil }
            guard let number = Int(text), number >= 0 else { throw fail("\(column) '\(text)' is not a byte count") }
            return number
        }
        let rss = try value("setup_rss_bytes"), pss = try value("setup_pss_bytes"), uss = try value("setup_uss_bytes")
        let setup = rss.flatMap { rss in pss.flatMap { pss in uss.map { MemoryUsage(rssBytes: rss, pssBytes: pss, ussBytes: $0) } } }
        let peakRSS = try value("peak_rss_bytes"), peakPSS = try value("peak_pss_bytes"), hwm = try value("peak_hwm_bytes")
        guard setup != nil || peakRSS != nil || peakPSS != nil || hwm != nil else { return nil }
        return TrialMemory(setup: setup, peakRSSBytes: peakRSS, peakPSSBytes: peakPSS, highWaterBytes: hwm)
    }
}

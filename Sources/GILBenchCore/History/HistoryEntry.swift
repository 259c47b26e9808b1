// HistoryEntry: one x position of a history chart: one Python's summary from one run.

/// The summary rows of one Python in one run, with what orders and labels it.
public struct HistoryEntry: Sendable {
    public let runID: String
    /// ISO 8601 UTC, as in metadata.json.
    public let startTime: String
    public let python: PythonInstallation
    /// That Python's rows of the run's summary.
    public let summary: [SummaryRow]
    /// The machine that measured the run, when known.
    public let machine: MachineInfo?
    /// Whether `label` names the machine: set by `labellingMachines` when a history spans several machines.
    public private(set) var showsMachine = false

    public init(runID: String, startTime: String, python: PythonInstallation, summary: [SummaryRow], machine: MachineInfo? = nil) {
        self.runID = runID
        self.startTime = startTime
        self.python = python
        self.summary = summary
        self.machine = machine
    }

    /// The x tic label: "3.13.0 2026-11-22 07:15", or "3.13.0 web-3 2026-11-22 07:15" across machines.
    public var label: String {
        let date = startTime.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: "")
        let host = showsMachine ? (machine?.hostname ?? "unknown host") + " " : ""
        return "\(python.label) \(host)\(date.prefix(16))"
    }

    /// The entries of one run: one per Python that has summary rows, in the run's Python order.
    public static func entries(runID: String, startTime: String, pythons: [PythonInstallation], summary: [SummaryRow],
                               machine: MachineInfo? = nil) -> [HistoryEntry] {
        pythons.compactMap { python in
            let rows = summary.filter { $0.python == python.identity }
            return rows.isEmpty ? nil : HistoryEntry(runID: runID, startTime: startTime, python: python, summary: rows, machine: machine)
        }
    }

    /// `entries` with the machine in every label when they come from more than one machine.
    public static func labellingMachines(_ entries: [HistoryEntry]) -> [HistoryEntry] {
        guard Set(entries.map { $0.machine?.identityKey ?? "" }).count > 1 else { return entries }
        return entries.map { entry in
            var copy = entry
            copy.showsMachine = true
            return copy
        }
    }

    /// `entries` sorted for the x axis.
    public static func ordered(_ entries: [HistoryEntry], by order: HistoryOrder) -> [HistoryEntry] {
        entries.sorted { a, b in
            // Across machines, each machine's entries stay together (by host name), ordered within as asked.
            if a.showsMachine || b.showsMachine {
                let machine = (a.machine?.hostname ?? "", a.machine?.identityKey ?? "")
                let otherMachine = (b.machine?.hostname ?? "", b.machine?.identityKey ?? "")
                if machine != otherMachine { return machine < otherMachine }
            }
            let byDate = (a.startTime, a.runID)
            let otherDate = (b.startTime, b.runID)
            let version = a.python.parsedVersion
            let otherVersion = b.python.parsedVersion
            switch order {
            case .date:
                if byDate != otherDate { return byDate < otherDate }
                if version != otherVersion { return version < otherVersion }
                return !a.python.freeThreaded && b.python.freeThreaded
            case .python:
                if version != otherVersion { return version < otherVersion }
                if a.python.freeThreaded != b.python.freeThreaded { return !a.python.freeThreaded }
                return byDate < otherDate
            }
        }
    }
}

// ComparisonSide: the trials of one Python from one run, as one side (base or new) of a comparison.

/// One side of `gilbench compare`: a run's trials for a single Python.
public struct ComparisonSide: Sendable {
    /// Where the trials came from, for headings: "3.12.1 (default), run 2026-11-22T07-15-03Z".
    public let label: String
    /// The Python every record was measured with.
    public let python: PythonInstallation
    /// That Python's records (warm-ups included; `Comparator` ignores them).
    public let records: [TrialRecord]
    /// The machine that measured them, when known: a comparison across machines gets a note.
    public let machine: MachineInfo?

    public init(label: String, python: PythonInstallation, records: [TrialRecord], machine: MachineInfo? = nil) {
        self.label = label
        self.python = python
        self.records = records
        self.machine = machine
    }

    /// Picks the records of the Python `spec` names (3.12, 3.12.1, 3.13t, 3.13.0t) from a run's records, or of
    /// its only Python when `spec` is nil.
    ///
    /// - Parameters:
    ///   - flag: the option that carries `spec`, named in errors.
    ///   - source: the run folder, named in errors and used in the label.
    /// - Throws: `GILBenchError.invalidValue` when nothing or several Pythons match.
    public static func select(from records: [TrialRecord], python spec: String?, flag: String, source: String,
                              runID: String, machine: MachineInfo? = nil) throws -> ComparisonSide {
        var pythons: [PythonInstallation] = []
        for record in records where !pythons.contains(record.spec.python) { pythons.append(record.spec.python) }
        let labels = pythons.map(\.label).joined(separator: ", ")
        let chosen: [PythonInstallation]
        if let spec {
            chosen = pythons.filter { matches($0, spec) }
        } else {
            chosen = pythons
        }
        guard chosen.count == 1, let python = chosen.first else {
            if pythons.isEmpty {
                throw GILBenchError.resultsInvalid(path: source, reason: "it holds no trials")
            }
            let shown = spec ?? ""
            let why = chosen.isEmpty ? "no Python in \(source) matches" : "\(source) holds several Pythons"
            throw GILBenchError.invalidValue(flag: flag, value: shown, expected: "\(why); pass \(flag) with one of: \(labels)")
        }
        return ComparisonSide(label: "\(python.label) (\(python.build)), run \(runID)", python: python,
                              records: records.filter { $0.spec.python == python }, machine: machine)
    }

    /// Whether `spec` names `python`: its label or version exactly, or a prefix of whole components ("3.12"
    /// matches 3.12.1). A trailing "t" asks for the free-threaded build.
    public static func matches(_ python: PythonInstallation, _ spec: String) -> Bool {
        let trimmed = spec.trimmingCharacters(in: .whitespaces)
        if trimmed == python.label || trimmed == python.version && !python.freeThreaded { return true }
        let wantsFreeThreaded = trimmed.hasSuffix("t")
        let version = wantsFreeThreaded ? String(trimmed.dropLast()) : trimmed
        guard wantsFreeThreaded == python.freeThreaded, !version.isEmpty else { return false }
        return python.version == version || python.version.hasPrefix(version + ".")
    }
}

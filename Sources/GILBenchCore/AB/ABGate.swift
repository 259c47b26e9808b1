// ABGate: the one place `gilbench ab` asks compare's gate for its verdict (swap the gate here).

/// `gilbench ab`'s verdict is `gilbench compare`'s: the same sides, the same settings, the same `Comparator`, on
/// the records as saved in the two folders, so `gilbench compare DIR/base DIR/new` says the same.
public enum ABGate {
    /// compare's settings for `design`: its threshold and minimum power (`gilbench compare --threshold T
    /// --min-power P` on the two folders gives the same verdict).
    public static func settings(for design: ABDesign) -> ComparisonSettings {
        ComparisonSettings(threshold: design.threshold, minPower: design.minimumPower)
    }

    /// Compares the saved base and new records as `gilbench compare BASE NEW` would.
    /// - Throws: `GILBenchError` when a side holds no trials or several Pythons (not from `ABRunner`).
    public static func decide(base: [TrialRecord], baseSource: String, baseRunID: String, baseMachine: MachineInfo?,
                              new: [TrialRecord], newSource: String, newRunID: String, newMachine: MachineInfo?,
                              design: ABDesign) throws -> Comparison {
        let baseSide = try ComparisonSide.select(from: base, python: nil, flag: "--base", source: baseSource, runID: baseRunID,
                                                 machine: baseMachine)
        let newSide = try ComparisonSide.select(from: new, python: nil, flag: "--new", source: newSource, runID: newRunID,
                                                machine: newMachine)
        return Comparator.compare(base: baseSide, new: newSide, settings: settings(for: design))
    }
}

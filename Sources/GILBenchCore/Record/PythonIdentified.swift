// PythonIdentified: the rows that carry `pythonVersion` and `pythonBuild`, and the one way to compare their Pythons.

/// A row or record of one Python (its `pythonVersion` and `pythonBuild` fields). Compare Pythons with `python`,
/// never field by field.
public protocol PythonIdentified {
    /// "3.13.0".
    var pythonVersion: String { get }
    /// "default" or "free-threaded".
    var pythonBuild: String { get }
}

extension PythonIdentified {
    /// The Python of this row.
    public var python: PythonIdentity { PythonIdentity(version: pythonVersion, build: pythonBuild) }
}

extension PythonInstallation {
    /// The Python of this installation, as the result rows of its trials name it.
    public var identity: PythonIdentity { PythonIdentity(version: version, build: build) }
}

extension RunMetadata.Reference: PythonIdentified {}
extension MemoryBaseline: PythonIdentified {}
extension ThroughputBaseline: PythonIdentified {}
extension SummaryRow: PythonIdentified {}
extension CompatibilityRow: PythonIdentified {}
extension FidelityPoint: PythonIdentified {}

// PythonIdentity: a Python of a run as its result rows name it: a version and a build.

/// A Python of a run as every result row names it (the `python_version` and `python_build` columns). Two rows are
/// of the same Python when their identities are equal; the identity is computed from those columns and never
/// stored, so the result format does not change.
public struct PythonIdentity: Hashable, Sendable {
    /// "3.13.0".
    public let version: String
    /// "default" or "free-threaded" (as `PythonInstallation.build`).
    public let build: String

    /// The Python of `version` and `build`, as written in a result row.
    public init(version: String, build: String) {
        self.version = version
        self.build = build
    }

    /// "3.13.0", or "3.13.0t" for a free-threaded build (as `PythonInstallation.label`).
    public var label: String { build == "free-threaded" ? version + "t" : version }
}

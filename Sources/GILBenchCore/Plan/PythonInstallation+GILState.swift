// PythonInstallation+GILState: the GIL state an installation's interpreters start with, for `list pythons`.

extension PythonInstallation {
    /// "GIL: enabled", "GIL: disabled (free-threaded build; PYTHON_GIL=1 re-enables it)", or, on a free-threaded
    /// build with `PYTHON_GIL` set, what that setting makes it. What was actually in force in a trial (an
    /// extension module can re-enable the GIL) is recorded per trial in trials.csv `gil_enabled`.
    public func gilState(environment: [String: String]) -> String {
        guard freeThreaded else { return "GIL: enabled" }
        switch environment["PYTHON_GIL"] {
        case "1": return "GIL: enabled by PYTHON_GIL=1 (free-threaded build)"
        case "0": return "GIL: disabled (free-threaded build, PYTHON_GIL=0)"
        default: return "GIL: disabled (free-threaded build; PYTHON_GIL=1 or a GIL-needing extension re-enables it)"
        }
    }
}

// PythonInstallation+InterpretersAPI: which Python-level interpreters API `interpreter-pool` drives on a release.

extension PythonInstallation {
    /// The API `interpreter-pool` runs on this release, as its trials' messages name it ("API: ..."): on 3.14+
    /// `concurrent.futures.InterpreterPoolExecutor`, built on the PEP 734 module `concurrent.interpreters`; on 3.13
    /// the low-level `_interpreters` + `_interpchannels`; on 3.12 `_xxsubinterpreters` + `_xxinterpchannels`; nil
    /// before 3.12 (none). Read from the version; the trial itself reports what it found (python/pool_driver.py).
    public var interpreterPoolAPI: String? {
        let version = parsedVersion
        if version >= PythonVersion(major: 3, minor: 14) {
            return "concurrent.futures.InterpreterPoolExecutor (concurrent.interpreters)"
        }
        if version >= PythonVersion(major: 3, minor: 13) { return "_interpreters + _interpchannels" }
        if version >= PythonVersion(major: 3, minor: 12) { return "_xxsubinterpreters + _xxinterpchannels" }
        return nil
    }
}

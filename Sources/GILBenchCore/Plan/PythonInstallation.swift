// PythonInstallation: one CPython found on this machine, with the library gilbench embeds.

/// A CPython build that gilbench can embed.
public struct PythonInstallation: Codable, Hashable, Sendable {
    /// "3.13.0".
    public let version: String
    /// Full `sys.version`.
    public let versionDetail: String
    /// The interpreter that described itself, if the installation was found through one.
    public let executable: String?
    /// The shared libpython to dlopen.
    public let library: String
    /// `sys.base_prefix`: PYTHONHOME for the embedded runtime.
    public let home: String
    /// `Py_GIL_DISABLED`: a free-threaded (PEP 703) build.
    public let freeThreaded: Bool
    /// Whether `Py_NewInterpreterFromConfig` exists (3.12+).
    public let supportsOwnGIL: Bool
    /// `sysconfig` CONFIG_ARGS, e.g. "--enable-shared --enable-optimizations".
    public let configureArguments: String
    /// `sysconfig` INCLUDEPY: where this installation's C headers are (e.g. .../include/python3.13t), read to
    /// verify the C struct layouts gilbench fills; nil in format-1 folders or when the interpreter names none.
    public let includeDirectory: String?

    // "supportsOwnGil" so that snake_case JSON round-trips ("supports_own_gil" <-> "supportsOwnGil").
    private enum CodingKeys: String, CodingKey {
        case version, versionDetail, executable, library, home, freeThreaded, supportsOwnGIL = "supportsOwnGil"
        case configureArguments, includeDirectory
    }

    public init(version: String, versionDetail: String, executable: String?, library: String, home: String,
                freeThreaded: Bool, supportsOwnGIL: Bool, configureArguments: String, includeDirectory: String? = nil) {
        self.version = version
        self.versionDetail = versionDetail
        self.executable = executable
        self.library = library
        self.home = home
        self.freeThreaded = freeThreaded
        self.supportsOwnGIL = supportsOwnGIL
        self.configureArguments = configureArguments
        self.includeDirectory = includeDirectory
    }

    /// Parsed `version`.
    public var parsedVersion: PythonVersion { PythonVersion(version) ?? PythonVersion(major: 0, minor: 0) }

    /// "default" or "free-threaded": the build column of every result row.
    public var build: String { freeThreaded ? "free-threaded" : "default" }

    /// The label used in tables and file names: "3.13.0", or "3.13.0t" for a free-threaded build.
    public var label: String { freeThreaded ? version + "t" : version }

    /// The oldest CPython whose C API gilbench's bridge covers.
    public static let minimumVersion = PythonVersion(major: 3, minor: 11)

    /// Why gilbench cannot embed this installation at all, or nil when it can.
    public var unusableReason: String? {
        parsedVersion < Self.minimumVersion ? "gilbench needs CPython \(Self.minimumVersion.major).\(Self.minimumVersion.minor)+" : nil
    }
}

// Workload: a Python file defining run(size), built in or given by the user.

/// A workload file. What it computes is only known to Python; gilbench loads it in every interpreter alike.
public struct Workload: Codable, Hashable, Sendable {
    /// The name in results: the file's stem.
    public let name: String
    /// Absolute path of the .py file.
    public let path: String
    /// One line from Benchmarks/MANIFEST, or empty for a user file.
    public let summary: String
    /// Whether it ships in Benchmarks/.
    public let builtIn: Bool
    /// `--input-bytes`: the payload size passed as `make_input(size, input_bytes)`; nil uses the file's own
    /// `INPUT_BYTES` (or calls `make_input(size)`). Absent in format-1 metadata.
    public let inputBytes: Int?
    /// A pyperf script's command-line arguments (its sys.argv[1:]); nil for none. Optional so that JSON
    /// written without it still decodes.
    public let arguments: [String]?

    public init(name: String, path: String, summary: String, builtIn: Bool, inputBytes: Int? = nil,
                arguments: [String]? = nil) {
        self.inputBytes = inputBytes
        self.name = name
        self.path = path
        self.summary = summary
        self.builtIn = builtIn
        self.arguments = arguments
    }
}

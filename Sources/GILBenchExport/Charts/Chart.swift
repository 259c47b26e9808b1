// Chart: one chart of a run: which plots/ script draws it, with which parameters, into which files.

/// One chart of a run folder: `plots/<name>.gp` draws `plots/<name>.png` and `plots/<name>.svg`.
public struct Chart: Equatable, Sendable {
    /// A gnuplot variable set at the top of the chart's script.
    public struct Parameter: Equatable, Sendable {
        public let name: String
        /// The gnuplot value: a string expression from `GnuplotString`, or a number.
        public let literal: String
        /// Characters of the value that `GnuplotString` replaced ("U+000A at 9"); empty for clean values.
        public let replaced: [String]

        /// A string parameter, encoded for gnuplot by `GnuplotString` (the only way a value enters a script).
        public static func string(_ name: String, _ value: String) -> Parameter {
            let encoded = GnuplotString.encode(value)
            return Parameter(name: name, literal: encoded.text, replaced: encoded.replaced)
        }

        /// An integer parameter.
        public static func number(_ name: String, _ value: Int) -> Parameter {
            Parameter(name: name, literal: String(value), replaced: [])
        }
    }

    public let kind: ChartKind
    /// The file stem, e.g. "speedup-nbody-py3.13.0".
    public let name: String
    /// One line for the report, e.g. "Speedup of nbody on Python 3.13.0".
    public let caption: String
    /// The Python label the chart belongs to, or nil for a chart over every Python.
    public let python: String?
    public let parameters: [Parameter]

    public init(kind: ChartKind, name: String, caption: String, python: String?, parameters: [Parameter]) {
        self.kind = kind
        self.name = name
        self.caption = caption
        self.python = python
        self.parameters = parameters
    }

    /// The script's file name, e.g. "speedup-nbody-py3.13.0.gp".
    public var scriptName: String { name + ".gp" }
    /// The rendered files' names.
    public var pngName: String { name + ".png" }
    public var svgName: String { name + ".svg" }
}

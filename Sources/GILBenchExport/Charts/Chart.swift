// Chart: one chart of a run: which plots/ script draws it, with which parameters, into which files.

/// One chart of a run folder: `plots/<name>.gp` draws `plots/<name>.png` and `plots/<name>.svg`.
public struct Chart: Equatable, Sendable {
    /// A gnuplot variable set at the top of the chart's script.
    public struct Parameter: Equatable, Sendable {
        public let name: String
        /// The gnuplot literal: a quoted string or a number.
        public let literal: String

        /// A string parameter, quoted for gnuplot.
        public static func string(_ name: String, _ value: String) -> Parameter {
            // gnuplot single-quoted strings take no escapes except '' for a quote.
            Parameter(name: name, literal: "'" + value.replacingOccurrences(of: "'", with: "''") + "'")
        }

        /// An integer parameter.
        public static func number(_ name: String, _ value: Int) -> Parameter {
            Parameter(name: name, literal: String(value))
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

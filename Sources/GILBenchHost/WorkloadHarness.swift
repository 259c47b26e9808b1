// WorkloadHarness: the Python that loads a workload file and digests its result (python/harness.py and
// python/pyperf_workload.py, embedded in the binary), and the one-line calls into it.
import Foundation
import GILBenchBuiltins

/// Python source and one-line calls run inside each worker's interpreter. The code itself lives in `.py` files
/// in GILBenchBuiltins (linted and compiled by the tests); Swift only builds calls such as
/// `_gilbench_prepare("path", [], 100, None)`, with every string encoded by `literal`.
enum WorkloadHarness {
    /// harness.py, then pyperf_workload.py: defines `_gilbench_load(path)`, `_gilbench_prepare(...)`,
    /// `_gilbench_checksum(value)` and the rest.
    static let source: String = embedded("harness.py") + "\n" + embedded("pyperf_workload.py")

    /// The text of an embedded Python file; the build guarantees it is there (BuiltinFilesTests check the table).
    static func embedded(_ name: String) -> String {
        guard let text = BuiltinFiles.text(name, in: .python) else {
            preconditionFailure("\(name) is not embedded in gilbench (GILBenchBuiltins/python)")
        }
        return text
    }

    /// A Python string literal for `text` (JSON string syntax is valid Python).
    static func literal(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7f {
                    result += String(format: "\\u%04x", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// The arguments `path, [arguments...], size, input_bytes` of `_gilbench_prepare` and `_gilbench_bind_shared`.
    private static func workloadArguments(path: String, arguments: [String], size: Int, inputBytes: Int?) -> String {
        "\(literal(path)), [\(arguments.map(literal).joined(separator: ", "))], \(size), \(inputBytes.map(String.init) ?? "None")"
    }

    /// Code that loads the workload and binds `_gb_module`, `_gb_run` and `_gb_args` for the timed call.
    static func prepare(path: String, size: Int, inputBytes: Int? = nil, arguments: [String] = []) -> String {
        "_gb_module, _gb_run, _gb_args = _gilbench_prepare(\(workloadArguments(path: path, arguments: arguments, size: size, inputBytes: inputBytes)))\n"
    }

    /// A `_gilbench_load(...)` call; `arguments` become a pyperf script's sys.argv[1:].
    static func load(path: String, arguments: [String]) -> String {
        "_gilbench_load(\(literal(path)), [\(arguments.map(literal).joined(separator: ", "))])"
    }

    /// Code that binds `_gb_module`, `_gb_run` and `_gb_args` to the module the main interpreter already loaded
    /// (threads of one interpreter share it; each thread builds its own input): `_gilbench_bind_shared`.
    static func bindShared(path: String, arguments: [String], size: Int, inputBytes: Int? = nil) -> String {
        "_gb_module, _gb_run, _gb_args = _gilbench_bind_shared(\(workloadArguments(path: path, arguments: arguments, size: size, inputBytes: inputBytes)))\n"
    }

    /// Code that makes `count` untimed calls of `_gb_run(*_gb_args)` (`--inner-warmup`).
    static func innerWarmup(count: Int) -> String {
        "_gilbench_inner_warmup(_gb_run, _gb_args, \(count))\n"
    }

    /// Code that digests `_gb_result` into the str `_gb_checksum`, and the GIL state in force once the call
    /// returned into the str `_gb_gil` ("true"/"false"); see `_gilbench_digest` for why it is read then.
    static let digest = "_gb_checksum, _gb_gil = _gilbench_digest(_gb_result)\n"
}

// InterpreterConfigLayout: whether the C structs gilbench fills for own-GIL sub-interpreters (PyInterpreterConfig,
// PyStatus, declared by hand in CPythonBridge) have the same layout in a given CPython's own headers.
import Foundation

/// The bridge passes `PyInterpreterConfig` and receives `PyStatus` by value with layouts copied from CPython
/// 3.12/3.13. A struct filled with a guessed layout corrupts memory silently, so for any other release the
/// installation's own headers are read and compared field by field; without a match its own-GIL rows are
/// `unsupported` with the reason.
public enum InterpreterConfigLayout {
    /// Minor releases whose installed headers were read and match the bridge (3.12.1, 3.13.0, 3.13.5, 3.13.5t).
    public static let verifiedReleases: Set<String> = ["3.12", "3.13"]

    /// The bridge's `gb_PyInterpreterConfig`, field by field.
    static let expectedConfigFields = [
        "int use_main_obmalloc", "int allow_fork", "int allow_exec", "int allow_threads", "int allow_daemon_threads",
        "int check_multi_interp_extensions", "int gil",
    ]
    /// The bridge's `gb_PyStatus`, field by field.
    static let expectedStatusFields = [
        "enum { _PyStatus_TYPE_OK=0, _PyStatus_TYPE_ERROR=1, _PyStatus_TYPE_EXIT=2 } _type",
        "const char *func", "const char *err_msg", "int exitcode",
    ]
    /// The bridge's `GB_OWN_GIL`.
    static let expectedOwnGILValue = 2

    private static let cache = LayoutCache()

    /// Why gilbench must not fill `PyInterpreterConfig` for `python`, or nil when the layout is verified (a
    /// verified release, or headers that match). Results are cached per installation.
    public static func problem(for python: PythonInstallation) -> String? {
        let release = "\(python.parsedVersion.major).\(python.parsedVersion.minor)"
        if verifiedReleases.contains(release) { return nil }
        let directory = python.includeDirectory
            ?? "\(python.home)/include/python\(release)\(python.freeThreaded ? "t" : "")"
        return cache.value(for: directory) {
            let reason = headerProblem(includeDirectory: directory)
            return reason.map {
                "own-GIL sub-interpreters: gilbench's copy of PyInterpreterConfig/PyStatus is verified for CPython "
                    + "\(verifiedReleases.sorted().joined(separator: " and ")), and for \(python.label) \($0); "
                    + "not filling a struct of unknown layout (install this Python's headers, or update CPythonBridge)"
            }
        }
    }

    /// Reads `cpython/pylifecycle.h` and `cpython/initconfig.h` under `includeDirectory` and compares them.
    public static func headerProblem(includeDirectory: String) -> String? {
        let lifecyclePath = includeDirectory + "/cpython/pylifecycle.h"
        let initconfigPath = includeDirectory + "/cpython/initconfig.h"
        guard let lifecycle = try? String(contentsOfFile: lifecyclePath, encoding: .utf8) else {
            return "its header \(lifecyclePath) is missing or unreadable"
        }
        guard let initconfig = try? String(contentsOfFile: initconfigPath, encoding: .utf8) else {
            return "its header \(initconfigPath) is missing or unreadable"
        }
        return problem(pylifecycle: lifecycle, initconfig: initconfig).map { "its headers in \(includeDirectory) differ: \($0)" }
    }

    /// Compares header texts with the bridge's layouts; nil when they match.
    public static func problem(pylifecycle: String, initconfig: String) -> String? {
        guard let config = fields(ofStruct: "PyInterpreterConfig", in: pylifecycle) else {
            return "no `typedef struct { ... } PyInterpreterConfig;` in pylifecycle.h"
        }
        if config != expectedConfigFields.map(normalized) {
            return "PyInterpreterConfig has fields [\(config.joined(separator: "; "))], gilbench fills [\(expectedConfigFields.map(normalized).joined(separator: "; "))]"
        }
        guard let ownGIL = defineValue("PyInterpreterConfig_OWN_GIL", in: pylifecycle) else {
            return "no PyInterpreterConfig_OWN_GIL in pylifecycle.h"
        }
        if ownGIL != expectedOwnGILValue {
            return "PyInterpreterConfig_OWN_GIL is \(ownGIL), gilbench passes \(expectedOwnGILValue)"
        }
        guard let status = fields(ofStruct: "PyStatus", in: initconfig) else {
            return "no `typedef struct { ... } PyStatus;` in initconfig.h"
        }
        if status != expectedStatusFields.map(normalized) {
            return "PyStatus has fields [\(status.joined(separator: "; "))], gilbench reads [\(expectedStatusFields.map(normalized).joined(separator: "; "))]"
        }
        return nil
    }

    /// The member declarations of `typedef struct { ... } name;` (comments removed, whitespace-free), or nil.
    static func fields(ofStruct name: String, in header: String) -> [String]? {
        let text = withoutComments(header)
        guard let end = text.range(of: #"\}\s*"# + name + #"\s*;"#, options: .regularExpression) else { return nil }
        // Walk back to the `{` that opens this struct, skipping nested braces (PyStatus' enum).
        var depth = 0
        var index = end.lowerBound
        while index > text.startIndex {
            index = text.index(before: index)
            if text[index] == "}" { depth += 1 }
            if text[index] == "{" {
                if depth == 0 { break }
                depth -= 1
            }
        }
        guard text[index] == "{", text[text.startIndex..<index].range(of: #"typedef\s+struct\s*\w*\s*$"#, options: .regularExpression) != nil else {
            return nil
        }
        let body = text[text.index(after: index)..<end.lowerBound]
        var members: [String] = []
        var current = ""
        depth = 0
        for character in body {
            if character == "{" { depth += 1 }
            if character == "}" { depth -= 1 }
            if character == ";" && depth == 0 {
                members.append(normalized(current))
                current = ""
            } else {
                current.append(character)
            }
        }
        return members.filter { !$0.isEmpty }
    }

    /// `#define name (value)` as an integer.
    static func defineValue(_ name: String, in header: String) -> Int? {
        guard let match = withoutComments(header).range(of: #"#\s*define\s+"# + name + #"\s+\(?\s*-?\d+"#, options: .regularExpression) else {
            return nil
        }
        let digits = withoutComments(header)[match].reversed().prefix { $0.isNumber || $0 == "-" }
        return Int(String(digits.reversed()))
    }

    /// A declaration with every run of whitespace removed ("const char *func" -> "constchar*func").
    static func normalized(_ declaration: String) -> String {
        String(declaration.filter { !$0.isWhitespace })
    }

    static func withoutComments(_ text: String) -> String {
        var result = text.replacingOccurrences(of: #"/\*[\s\S]*?\*/"#, with: " ", options: .regularExpression)
        result = result.replacingOccurrences(of: #"//[^\n]*"#, with: " ", options: .regularExpression)
        return result
    }
}

/// A thread-safe memo of layout verdicts per include folder.
private final class LayoutCache: @unchecked Sendable {
    private let lock = NSLock()
    private var verdicts: [String: String?] = [:]

    func value(for key: String, compute: () -> String?) -> String? {
        lock.lock()
        if let known = verdicts[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let verdict = compute()
        lock.lock()
        verdicts[key] = .some(verdict)
        lock.unlock()
        return verdict
    }
}

// InterpreterConfigLayoutTests: comparing CPython's headers with the structs the bridge fills, and own-GIL rows
// becoming `unsupported` for a release whose layout cannot be verified.
import Foundation
import GILBenchCore
import XCTest

final class InterpreterConfigLayoutTests: XCTestCase {
    /// The two headers as CPython 3.13.5 ships them (abridged, comments and formatting kept).
    static let lifecycle = """
    /* --- PyInterpreterConfig ------------------------------------ */

    #define PyInterpreterConfig_DEFAULT_GIL (0)
    #define PyInterpreterConfig_SHARED_GIL (1)
    #define PyInterpreterConfig_OWN_GIL (2)

    typedef struct {
        // XXX "allow_object_sharing"?  "own_objects"?
        int use_main_obmalloc;
        int allow_fork;
        int allow_exec;
        int allow_threads;
        int allow_daemon_threads;
        int check_multi_interp_extensions;
        int gil;
    } PyInterpreterConfig;
    """
    static let initconfig = """
    typedef struct {
        enum {
            _PyStatus_TYPE_OK=0,
            _PyStatus_TYPE_ERROR=1,
            _PyStatus_TYPE_EXIT=2
        } _type;
        const char *func;
        const char *err_msg;
        int exitcode;
    } PyStatus;
    """

    func testTheHeadersOfAVerifiedReleaseMatch() {
        XCTAssertNil(InterpreterConfigLayout.problem(pylifecycle: Self.lifecycle, initconfig: Self.initconfig))
    }

    func testAnyDifferenceIsNamed() {
        let added = Self.lifecycle.replacingOccurrences(of: "    int gil;", with: "    int gil;\n    int allow_sharing;")
        XCTAssertTrue(InterpreterConfigLayout.problem(pylifecycle: added, initconfig: Self.initconfig)?.contains("intallow_sharing") ?? false)
        let reordered = Self.lifecycle.replacingOccurrences(of: "int allow_fork;\n    int allow_exec;", with: "int allow_exec;\n    int allow_fork;")
        XCTAssertNotNil(InterpreterConfigLayout.problem(pylifecycle: reordered, initconfig: Self.initconfig))
        let ownGIL = Self.lifecycle.replacingOccurrences(of: "OWN_GIL (2)", with: "OWN_GIL (3)")
        XCTAssertTrue(InterpreterConfigLayout.problem(pylifecycle: ownGIL, initconfig: Self.initconfig)?.contains("OWN_GIL is 3") ?? false)
        let status = Self.initconfig.replacingOccurrences(of: "int exitcode;", with: "int exitcode;\n    void *extra;")
        XCTAssertTrue(InterpreterConfigLayout.problem(pylifecycle: Self.lifecycle, initconfig: status)?.contains("PyStatus") ?? false)
        XCTAssertTrue(InterpreterConfigLayout.problem(pylifecycle: "", initconfig: Self.initconfig)?.contains("no `typedef struct") ?? false)
    }

    /// A fake installation of an unverified release with the given headers (nil: none).
    private func installation(version: String, headers: (String, String)?) throws -> PythonInstallation {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("layout-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: home) }
        let include = home.appendingPathComponent("include/python3.99t")
        if let (lifecycle, initconfig) = headers {
            try FileManager.default.createDirectory(at: include.appendingPathComponent("cpython"), withIntermediateDirectories: true)
            try lifecycle.write(to: include.appendingPathComponent("cpython/pylifecycle.h"), atomically: true, encoding: .utf8)
            try initconfig.write(to: include.appendingPathComponent("cpython/initconfig.h"), atomically: true, encoding: .utf8)
        }
        return PythonInstallation(version: version, versionDetail: version, executable: home.path + "/bin/python3",
                                  library: home.path + "/lib/libpython3.99t.so", home: home.path, freeThreaded: true,
                                  supportsOwnGIL: true, configureArguments: "", includeDirectory: include.path)
    }

    func testAnUnverifiableReleaseGetsUnsupportedOwnGILRowsOnly() throws {
        let missing = try installation(version: "3.99.0", headers: nil)
        let reason = try XCTUnwrap(Strategy.subinterpreters.unsupportedReason(on: missing))
        XCTAssertTrue(reason.contains("pylifecycle.h is missing"), reason)
        XCTAssertTrue(reason.contains("3.99.0t"), reason)
        for strategy in [Strategy.threads, .sharedSubinterpreters, .processes] {
            XCTAssertNil(strategy.unsupportedReason(on: missing), strategy.rawValue)
        }

        let changed = try installation(version: "3.99.0", headers: (Self.lifecycle.replacingOccurrences(of: "int gil;", with: "int gil; int more;"), Self.initconfig))
        let changedReason = try XCTUnwrap(Strategy.subinterpreters.unsupportedReason(on: changed))
        XCTAssertTrue(changedReason.contains("differ"), changedReason)

        let matching = try installation(version: "3.99.0", headers: (Self.lifecycle, Self.initconfig))
        XCTAssertNil(Strategy.subinterpreters.unsupportedReason(on: matching), "headers that match verify the layout")
    }

    func testVerifiedReleasesNeedNoHeaders() throws {
        let verified = try installation(version: "3.13.5", headers: nil)
        XCTAssertNil(Strategy.subinterpreters.unsupportedReason(on: verified))
    }
}

// PythonEmbeddingTests: the binding layer against a real libpython loaded into the test process.
import Foundation
import GILBenchCore
import PythonEmbedding
import XCTest

/// One process can hold one libpython: every test here shares the newest 3.12+ runtime found.
enum SharedRuntime {
    /// The interpreter of the installation whose library `runtime` loaded.
    nonisolated(unsafe) static var executable: String?

    static let runtime: Result<PythonRuntime, Error> = {
        let found = PythonDiscovery().discover().installations
        guard let python = found.first(where: { $0.supportsOwnGIL && !$0.freeThreaded && $0.unusableReason == nil }) else {
            return .failure(XCTSkip("no CPython 3.12+ with a shared libpython on this machine"))
        }
        do {
            let library = try PythonLibrary.load(path: python.library)
            let runtime = PythonRuntime.start(library: library, home: python.home, executable: python.executable)
            executable = python.executable
            unsetenv("PYTHONHOME")  // keep child processes of later tests clean
            return .success(runtime)
        } catch {
            return .failure(error)
        }
    }()

    static func get() throws -> PythonRuntime {
        if ProcessInfo.processInfo.environment["CI"] == "true", case let .failure(error) = runtime, error is XCTSkip {
            XCTFail("CI must have a CPython 3.12+ with a shared libpython")
        }
        return try runtime.get()
    }
}

final class PythonEmbeddingTests: XCTestCase {
    func testLibraryReportsVersionAndOwnGILSupport() throws {
        let runtime = try SharedRuntime.get()
        XCTAssertTrue(runtime.library.supportsOwnGIL)
        XCTAssertNotNil(PythonVersion(runtime.library.version))
    }

    func testExecuteAndReadBack() throws {
        let runtime = try SharedRuntime.get()
        let text = try runtime.withMainInterpreter { interpreter -> String? in
            try interpreter.execute("x = ','.join(str(i * i) for i in range(4))\n")
            return interpreter.string(named: "x")
        }
        XCTAssertEqual(text, "0,1,4,9")
    }

    func testExceptionSummaryNamesTypeAndMessage() throws {
        let runtime = try SharedRuntime.get()
        try runtime.withMainInterpreter { interpreter in
            XCTAssertThrowsError(try interpreter.execute("raise KeyError('missing')\n")) { error in
                guard case let PythonEmbeddingError.pythonException(type, summary)? = error as? PythonEmbeddingError else {
                    return XCTFail("unexpected \(error)")
                }
                XCTAssertEqual(type, "KeyError")
                XCTAssertTrue(summary.hasPrefix("KeyError: 'missing'"), summary)
            }
            XCTAssertThrowsError(try interpreter.execute("def broken(:\n")) { error in
                XCTAssertTrue("\(error)".hasPrefix("SyntaxError"), "\(error)")
            }
            // The interpreter is still usable after errors.
            try interpreter.execute("y = 1\n")
        }
    }

    func testCallStoresTheResult() throws {
        let runtime = try SharedRuntime.get()
        let value = try runtime.withMainInterpreter { interpreter -> String? in
            try interpreter.execute("def f(n):\n    return n * 2\nargs = (21,)\n")
            try interpreter.call("f", arguments: "args", storingResultIn: "result")
            try interpreter.execute("text = str(result)\n")
            return interpreter.string(named: "text")
        }
        XCTAssertEqual(value, "42")
    }

    private func interpreterIDs(_ kind: InterpreterKind, workers: Int) throws -> [Int64] {
        let runtime = try SharedRuntime.get()
        var ids = [Int64](repeating: -1, count: workers)
        var errors: [String] = []
        let lock = NSLock()
        let threads = (0..<workers).map { index in
            OSThread {
                do {
                    try WorkerInterpreter.with(kind, in: runtime) { interpreter in
                        try interpreter.execute("import sys\nv = str(sum(range(1000)))\n")
                        XCTAssertEqual(interpreter.string(named: "v"), "499500")
                        lock.lock(); ids[index] = interpreter.interpreterID; lock.unlock()
                    }
                } catch {
                    lock.lock(); errors.append("\(error)"); lock.unlock()
                }
            }
        }
        threads.forEach { $0.join() }
        XCTAssertEqual(errors, [])
        return ids
    }

    func testOwnGILSubinterpretersAreDistinct() throws {
        let ids = try interpreterIDs(.isolatedOwnGIL, workers: 3)
        XCTAssertEqual(Set(ids).count, 3)
        XCTAssertFalse(ids.contains(0))
    }

    func testLegacySubinterpretersAreDistinct() throws {
        let ids = try interpreterIDs(.legacySharedGIL, workers: 2)
        XCTAssertEqual(Set(ids).count, 2)
        XCTAssertFalse(ids.contains(0))
    }

    func testThreadsShareTheMainInterpreter() throws {
        XCTAssertEqual(try interpreterIDs(.main, workers: 2), [0, 0])
    }

    func testSecondLibraryIsRefused() throws {
        _ = try SharedRuntime.get()
        XCTAssertThrowsError(try PythonLibrary.load(path: "/nonexistent/libpython3.99.so")) { error in
            XCTAssertEqual(error as? PythonEmbeddingError, .libraryAlreadyLoaded(path: "/nonexistent/libpython3.99.so"))
        }
    }
}

final class PythonRuntimeExecutableTests: XCTestCase {
    /// `sys.executable` is the installation's interpreter in the main interpreter and in sub-interpreters, which
    /// copy the main one's config (without `Py_SetProgramName` it is whatever `python3` PATH finds).
    func testSysExecutableIsTheInstallationsInterpreterInEveryInterpreter() throws {
        let runtime = try SharedRuntime.get()
        let expected = try XCTUnwrap(SharedRuntime.executable)
        let read = "import os, sys\nexe = os.path.realpath(sys.executable)\n"
        let main = try runtime.withMainInterpreter { interpreter -> String? in
            try interpreter.execute(read)
            return interpreter.string(named: "exe")
        }
        XCTAssertEqual(main, URL(fileURLWithPath: expected).resolvingSymlinksInPath().path)
        var sub: String?
        let thread = OSThread {
            sub = try? WorkerInterpreter.with(.isolatedOwnGIL, in: runtime) { interpreter -> String? in
                try interpreter.execute(read)
                return interpreter.string(named: "exe")
            }
        }
        thread.join()
        XCTAssertEqual(sub, main)
    }
}

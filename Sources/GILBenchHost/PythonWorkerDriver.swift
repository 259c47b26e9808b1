// PythonWorkerDriver: a `processes` worker as a user would run one: the installation's own `python`
// executable running a small driver that speaks the process-worker protocol on fd 3.
import GILBenchCore

/// The driver script and the command line that runs it. With it, a process worker's memory is that of a
/// plain `python` process (no Swift runtime, no Foundation): the issue measured a Swift host worker at twice
/// the PSS of `python3.13` running the same code. It loads the workload with the same harness as every other
/// worker (`WorkloadHarness.source`), reports `workerReady`, waits for the one-byte start signal, reads
/// `CLOCK_MONOTONIC` (`time.monotonic_ns`) just before and after `run(size)`, and reports `workerDone`, in
/// the JSON that `HostReport` decodes.
enum PythonWorkerDriver {
    /// Set `GILBENCH_PROCESS_WORKER=embedded` to run process workers as embedding gilbench hosts instead
    /// (to compare the two); an installation found without an executable always uses embedding hosts.
    static let selectorVariable = "GILBENCH_PROCESS_WORKER"

    /// The argument vector (after the executable) for one worker.
    static func arguments(workload: Workload, size: Int, importSite: Bool) -> [String] {
        // -P: no script or working directory on sys.path (an embedded runtime adds none either).
        (importSite ? [] : ["-S"]) + ["-P", "-c", WorkloadHarness.source + "\n" + main, workload.path, String(size)]
    }

    /// The protocol loop; `_gilbench_load` and `_gilbench_checksum` come from the harness.
    static let main = #"""
    def _gilbench_worker_main():
        import os, time
        path, size = sys.argv[1], int(sys.argv[2])

        def send(text):
            data = (text + "\n").encode("utf-8", "replace")
            while data:
                data = data[os.write(3, data):]

        def quote(text):
            out = []
            for c in text:
                o = ord(c)
                if c == '"' or c == "\\":
                    out.append("\\" + c)
                elif o < 0x20 or o == 0x7f:
                    out.append("\\u%04x" % o)
                elif 0xd800 <= o < 0xe000:
                    out.append("\\ufffd")
                else:
                    out.append(c)
            return '"' + "".join(out) + '"'

        def describe(exc):
            import traceback
            name = type(exc).__qualname__
            text = str(exc)
            summary = f"{name}: {text}" if text else name
            frames = [f for f in traceback.extract_tb(exc.__traceback__) if not f.filename.startswith("<")]
            if frames and not isinstance(exc, SyntaxError):
                summary += f" (at {frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno})"
            return summary

        try:
            module, run = _gilbench_load(path)
            args = (size,)
        except BaseException as exc:
            send('{"failed":{"status":"error","message":%s}}' % quote("set-up: " + describe(exc)))
            return
        send('{"workerReady":{"pid":%d,"interpreterID":0}}' % os.getpid())
        if not os.read(3, 1):
            return
        start = time.monotonic_ns()
        try:
            result = run(*args)
            end = time.monotonic_ns()
        except BaseException as exc:
            end = time.monotonic_ns()
            send('{"workerDone":{"start":{"nanoseconds":%d},"end":{"nanoseconds":%d},"error":%s}}'
                 % (start, end, quote(describe(exc))))
            return
        try:
            checksum = _gilbench_checksum(result)
        except BaseException as exc:
            send('{"workerDone":{"start":{"nanoseconds":%d},"end":{"nanoseconds":%d},"error":%s}}'
                 % (start, end, quote(describe(exc))))
            return
        send('{"workerDone":{"start":{"nanoseconds":%d},"end":{"nanoseconds":%d},"checksum":%s}}'
             % (start, end, quote(checksum)))

    _gilbench_worker_main()
    """#
}

# process_worker.py: a `processes` worker as a user would run one: the installation's own python running this
# driver, which speaks the process-worker protocol on fd 3 (HostReport's JSON, one object a line).
#
# Run as `python [-S] -P -c <harness.py + pyperf_workload.py + this file> SETTINGS_JSON` (PythonWorkerDriver.swift).
def _gilbench_worker_main():
    import os, time, json
    settings = json.loads(sys.argv[1])
    path, size = settings["path"], int(settings["size"])

    # The channel leaves fd 3 before the workload loads (ChannelDescriptor.moveHigh): a workload that closes or
    # writes low descriptors (os.closerange(3, 256)) then cannot break or garble it.
    channel = 3
    try:
        import fcntl
        channel = fcntl.fcntl(3, fcntl.F_DUPFD_CLOEXEC, int(settings.get("channelFloor", 3)))
        os.close(3)
        null = os.open(os.devnull, os.O_RDWR)
        if null != 3:
            os.dup2(null, 3)
            os.close(null)
    except OSError:
        pass

    def send(text):
        data = (text + "\n").encode("utf-8", "replace")
        try:
            while data:
                data = data[os.write(channel, data):]
        except OSError:
            os._exit(75)  # ChannelDescriptor.brokenExitStatus

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
        module, run = _gilbench_load(path, settings.get("arguments") or [])
        args = _gilbench_args(module, size, settings.get("inputBytes"))
        for _ in range(int(settings.get("innerWarmup", 0))):
            run(*args)
    except BaseException as exc:
        send('{"failed":{"status":"error","message":%s}}' % quote("set-up: " + describe(exc)))
        return
    send('{"workerReady":{"pid":%d,"interpreterID":0}}' % os.getpid())
    try:
        if not os.read(channel, 1):
            return
    except OSError:
        os._exit(75)
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
    gil = "true" if _gilbench_gil_enabled() else "false"
    send('{"workerDone":{"start":{"nanoseconds":%d},"end":{"nanoseconds":%d},"checksum":%s,"gilEnabled":%s}}'
         % (start, end, quote(checksum), gil))

_gilbench_worker_main()

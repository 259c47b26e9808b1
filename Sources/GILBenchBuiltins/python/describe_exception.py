# describe_exception.py: one line for a Python exception raised in an embedded interpreter (PythonEmbedding).
#
# Run in a throwaway dict, so it works in any interpreter without assuming object layouts; _describe(exc) returns
# "TypeName\nTypeName: message (at file.py:line)".
def _describe(exc):
    import traceback
    name = type(exc).__qualname__
    text = str(exc)
    summary = f"{name}: {text}" if text else name
    if isinstance(exc, SyntaxError):
        return name + "\n" + summary  # str() already names the file and line
    # The innermost frame of real source: not gilbench's own <string> code, not <frozen importlib>.
    frames = traceback.extract_tb(exc.__traceback__) if exc.__traceback__ else []
    frames = [frame for frame in frames if not frame.filename.startswith("<")]
    if frames:
        last = frames[-1]
        summary += f" (at {last.filename.rsplit('/', 1)[-1]}:{last.lineno})"
    return name + "\n" + summary

# describe_python.py: what gilbench needs to know about a Python installation, printed as one JSON object.
#
# Run as `python -c <this file>` by PythonDiscovery for every candidate interpreter.
import json, os, sys, sysconfig
v = sysconfig.get_config_var
libdir = v("LIBDIR") or ""
library = None
# A relocated tree (an unpacked bundle) keeps the build-time LIBDIR in sysconfig: look beside this
# interpreter's own prefix first, so a stale LIBDIR never lends another installation's library.
for folder in (os.path.join(sys.base_prefix, "lib"), libdir):
    for name in (v("INSTSONAME"), v("LDLIBRARY")):
        if library is None and name and ".so" in name and os.path.exists(os.path.join(folder, name)):
            library = os.path.realpath(os.path.join(folder, name))
print(json.dumps({
    "version": "%d.%d.%d" % sys.version_info[:3],
    "detail": sys.version.replace("\n", " "),
    "executable": sys.executable,
    "library": library,
    "home": sys.base_prefix,
    "free_threaded": bool(v("Py_GIL_DISABLED")),
    "own_gil": sys.version_info >= (3, 12),
    "config_args": v("CONFIG_ARGS") or "",
    "include": v("INCLUDEPY") or None,
}))

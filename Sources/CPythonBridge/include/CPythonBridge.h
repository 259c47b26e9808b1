// CPythonBridge: the only code that loads libpython or calls the CPython C API.
//
// libpython is opened at run time with dlopen (RTLD_NOW | RTLD_GLOBAL) so one gilbench binary can drive any
// installed CPython. This header never includes Python.h: CPython's objects are opaque here, and the two
// structs we pass by value (PyStatus, PyInterpreterConfig) are declared with the layout shared by the 3.12 and
// 3.13 headers. Every gb_* function below calls exactly the CPython function named in its comment.
#ifndef GILBENCH_CPYTHON_BRIDGE_H
#define GILBENCH_CPYTHON_BRIDGE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct gb_PyObject gb_PyObject;
typedef struct gb_PyThreadState gb_PyThreadState;
typedef struct gb_PyInterpreterState gb_PyInterpreterState;

/// Opens libpython at `path` and resolves the symbols gilbench needs. Returns 0 on success; on failure writes
/// a readable reason into `error` and returns -1. Must be called once per process before anything else.
int gb_load_library(const char *path, char *error, size_t error_capacity);

/// 1 when the loaded library exports Py_NewInterpreterFromConfig (CPython 3.12+), else 0.
int gb_has_interpreter_config(void);

/// Sets Py_NoSiteFlag before initialisation (skip `import site`), where the library still has it.
void gb_set_no_site(int no_site);

/// Py_SetProgramName(Py_DecodeLocale(path)) before initialisation, so that sys.executable (in every interpreter,
/// which copies the main one's config) is `path` rather than whatever `python3` PATH finds. Returns 0, or -1 when
/// the library no longer exports Py_SetProgramName (deprecated since 3.11) or the path cannot be decoded.
int gb_set_program_name(const char *path);

/// Py_GetVersion(): "3.13.0 (main, ...) [GCC ...]".
const char *gb_Py_GetVersion(void);
/// Py_InitializeEx(0): no Python signal handlers in the host.
void gb_Py_Initialize(void);
/// Py_FinalizeEx().
int gb_Py_FinalizeEx(void);

/// PyEval_SaveThread(): detaches the current thread state and releases its GIL.
gb_PyThreadState *gb_PyEval_SaveThread(void);
/// PyEval_RestoreThread(): takes the thread state's GIL and attaches it.
void gb_PyEval_RestoreThread(gb_PyThreadState *tstate);
/// PyThreadState_Swap(): attaches `tstate` (or NULL) without touching any GIL.
gb_PyThreadState *gb_PyThreadState_Swap(gb_PyThreadState *tstate);
/// PyThreadState_New(): a new thread state for the calling OS thread in `interp`.
gb_PyThreadState *gb_PyThreadState_New(gb_PyInterpreterState *interp);
/// PyThreadState_Clear().
void gb_PyThreadState_Clear(gb_PyThreadState *tstate);
/// PyThreadState_DeleteCurrent(): deletes the attached thread state and releases the GIL.
void gb_PyThreadState_DeleteCurrent(void);
/// PyInterpreterState_Main().
gb_PyInterpreterState *gb_PyInterpreterState_Main(void);
/// PyInterpreterState_GetID(PyInterpreterState_Get()): the ID of the attached thread state's interpreter.
int64_t gb_current_interpreter_id(void);

/// Py_NewInterpreter(): a legacy sub-interpreter that shares the main GIL. NULL on failure.
gb_PyThreadState *gb_Py_NewInterpreter(void);
/// Py_NewInterpreterFromConfig() with an isolated config: use_main_obmalloc = 0, allow_fork = 0,
/// allow_exec = 0, allow_threads = 1, allow_daemon_threads = 0, check_multi_interp_extensions = 1,
/// gil = PyInterpreterConfig_OWN_GIL. Returns NULL and writes the PyStatus message into `error` on failure.
gb_PyThreadState *gb_new_isolated_interpreter(char *error, size_t error_capacity);
/// Py_EndInterpreter().
void gb_Py_EndInterpreter(gb_PyThreadState *tstate);

/// PyDict_New().
gb_PyObject *gb_PyDict_New(void);
/// PyRun_String(code, Py_file_input, globals, globals). Returns a new reference or NULL with an exception set.
gb_PyObject *gb_run_file_input(const char *code, gb_PyObject *globals);
/// PyDict_GetItemString(): borrowed reference or NULL.
gb_PyObject *gb_PyDict_GetItemString(gb_PyObject *dict, const char *key);
/// PyDict_SetItemString().
int gb_PyDict_SetItemString(gb_PyObject *dict, const char *key, gb_PyObject *value);
/// PyObject_CallObject(callable, args).
gb_PyObject *gb_PyObject_CallObject(gb_PyObject *callable, gb_PyObject *args);
/// PyObject_CallFunctionObjArgs(callable, arg, NULL).
gb_PyObject *gb_call_one(gb_PyObject *callable, gb_PyObject *arg);
/// PyUnicode_AsUTF8(): borrowed UTF-8 buffer or NULL.
const char *gb_PyUnicode_AsUTF8(gb_PyObject *object);
/// Py_IncRef() / Py_DecRef() (the exported functions, not the macros: no object layout assumed).
void gb_Py_IncRef(gb_PyObject *object);
void gb_Py_DecRef(gb_PyObject *object);

/// PyErr_Occurred() != NULL.
int gb_error_occurred(void);
/// PyErr_Fetch() + PyErr_NormalizeException() + PyException_SetTraceback(): a new reference to the pending exception value (or NULL),
/// clearing the error indicator.
gb_PyObject *gb_fetch_exception(void);
/// PyErr_Clear().
void gb_PyErr_Clear(void);

#ifdef __cplusplus
}
#endif
#endif

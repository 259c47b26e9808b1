// CPythonBridge: resolves CPython's C API from a dlopen'ed libpython and forwards each call.
#include "CPythonBridge.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

// PyStatus and PyInterpreterConfig: the layouts of CPython 3.12 and 3.13 (Include/cpython/initconfig.h,
// Include/cpython/pylifecycle.h). 3.11 has neither; gb_has_interpreter_config() guards their use.
typedef struct {
    enum { GB_STATUS_OK = 0, GB_STATUS_ERROR = 1, GB_STATUS_EXIT = 2 } type;
    const char *func;
    const char *err_msg;
    int exitcode;
} gb_PyStatus;

typedef struct {
    int use_main_obmalloc;
    int allow_fork;
    int allow_exec;
    int allow_threads;
    int allow_daemon_threads;
    int check_multi_interp_extensions;
    int gil;
} gb_PyInterpreterConfig;

#define GB_OWN_GIL 2
#define GB_PY_FILE_INPUT 257

static struct {
    const char *(*Py_GetVersion)(void);
    void (*Py_InitializeEx)(int);
    int (*Py_FinalizeEx)(void);
    gb_PyThreadState *(*PyEval_SaveThread)(void);
    void (*PyEval_RestoreThread)(gb_PyThreadState *);
    gb_PyThreadState *(*PyThreadState_Swap)(gb_PyThreadState *);
    gb_PyThreadState *(*PyThreadState_New)(gb_PyInterpreterState *);
    void (*PyThreadState_Clear)(gb_PyThreadState *);
    void (*PyThreadState_DeleteCurrent)(void);
    gb_PyInterpreterState *(*PyInterpreterState_Main)(void);
    gb_PyInterpreterState *(*PyInterpreterState_Get)(void);
    int64_t (*PyInterpreterState_GetID)(gb_PyInterpreterState *);
    gb_PyThreadState *(*Py_NewInterpreter)(void);
    gb_PyStatus (*Py_NewInterpreterFromConfig)(gb_PyThreadState **, const gb_PyInterpreterConfig *);
    void (*Py_EndInterpreter)(gb_PyThreadState *);
    gb_PyObject *(*PyDict_New)(void);
    gb_PyObject *(*PyRun_String)(const char *, int, gb_PyObject *, gb_PyObject *);
    gb_PyObject *(*PyDict_GetItemString)(gb_PyObject *, const char *);
    int (*PyDict_SetItemString)(gb_PyObject *, const char *, gb_PyObject *);
    gb_PyObject *(*PyObject_CallObject)(gb_PyObject *, gb_PyObject *);
    gb_PyObject *(*PyObject_CallFunctionObjArgs)(gb_PyObject *, ...);
    const char *(*PyUnicode_AsUTF8)(gb_PyObject *);
    void (*Py_IncRef)(gb_PyObject *);
    void (*Py_DecRef)(gb_PyObject *);
    gb_PyObject *(*PyErr_Occurred)(void);
    void (*PyErr_Fetch)(gb_PyObject **, gb_PyObject **, gb_PyObject **);
    void (*PyErr_NormalizeException)(gb_PyObject **, gb_PyObject **, gb_PyObject **);
    void (*PyErr_Clear)(void);
    int (*PyException_SetTraceback)(gb_PyObject *, gb_PyObject *);
    int *Py_NoSiteFlag;
    void (*Py_SetProgramName)(const wchar_t *);
    wchar_t *(*Py_DecodeLocale)(const char *, size_t *);
} api;

static void *library;

#define REQUIRE(name)                                                                              \
    do {                                                                                           \
        *(void **)&api.name = dlsym(library, #name);                                               \
        if (api.name == NULL) {                                                                    \
            snprintf(error, error_capacity, "%s does not export %s; is it a CPython 3 library?",   \
                     path, #name);                                                                 \
            return -1;                                                                             \
        }                                                                                          \
    } while (0)

int gb_load_library(const char *path, char *error, size_t error_capacity) {
    if (library != NULL) {
        snprintf(error, error_capacity, "a Python library is already loaded in this process");
        return -1;
    }
    // RTLD_GLOBAL: extension modules resolve PyFloat_Type & co. against this library.
    library = dlopen(path, RTLD_NOW | RTLD_GLOBAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(error, error_capacity, "cannot load %s: %s", path, reason ? reason : "unknown dlopen error");
        return -1;
    }
    REQUIRE(Py_GetVersion);
    REQUIRE(Py_InitializeEx);
    REQUIRE(Py_FinalizeEx);
    REQUIRE(PyEval_SaveThread);
    REQUIRE(PyEval_RestoreThread);
    REQUIRE(PyThreadState_Swap);
    REQUIRE(PyThreadState_New);
    REQUIRE(PyThreadState_Clear);
    REQUIRE(PyThreadState_DeleteCurrent);
    REQUIRE(PyInterpreterState_Main);
    REQUIRE(PyInterpreterState_Get);
    REQUIRE(PyInterpreterState_GetID);
    REQUIRE(Py_NewInterpreter);
    REQUIRE(Py_EndInterpreter);
    REQUIRE(PyDict_New);
    REQUIRE(PyRun_String);
    REQUIRE(PyDict_GetItemString);
    REQUIRE(PyDict_SetItemString);
    REQUIRE(PyObject_CallObject);
    REQUIRE(PyObject_CallFunctionObjArgs);
    REQUIRE(PyUnicode_AsUTF8);
    REQUIRE(Py_IncRef);
    REQUIRE(Py_DecRef);
    REQUIRE(PyErr_Occurred);
    REQUIRE(PyErr_Fetch);
    REQUIRE(PyErr_NormalizeException);
    REQUIRE(PyErr_Clear);
    REQUIRE(PyException_SetTraceback);
    // Optional: absent before 3.12 (the own-GIL feature test) and possibly in future releases.
    *(void **)&api.Py_NewInterpreterFromConfig = dlsym(library, "Py_NewInterpreterFromConfig");
    api.Py_NoSiteFlag = (int *)dlsym(library, "Py_NoSiteFlag");
    *(void **)&api.Py_SetProgramName = dlsym(library, "Py_SetProgramName");
    *(void **)&api.Py_DecodeLocale = dlsym(library, "Py_DecodeLocale");
    return 0;
}

int gb_has_interpreter_config(void) { return api.Py_NewInterpreterFromConfig != NULL; }

void gb_set_no_site(int no_site) {
    if (api.Py_NoSiteFlag != NULL) *api.Py_NoSiteFlag = no_site;
}

int gb_set_program_name(const char *path) {
    if (api.Py_SetProgramName == NULL || api.Py_DecodeLocale == NULL) return -1;
    // CPython keeps the pointer: the decoded string must live as long as the runtime, so it is never freed.
    wchar_t *name = api.Py_DecodeLocale(path, NULL);
    if (name == NULL) return -1;
    api.Py_SetProgramName(name);
    return 0;
}

const char *gb_Py_GetVersion(void) { return api.Py_GetVersion(); }
void gb_Py_Initialize(void) { api.Py_InitializeEx(0); }
int gb_Py_FinalizeEx(void) { return api.Py_FinalizeEx(); }

gb_PyThreadState *gb_PyEval_SaveThread(void) { return api.PyEval_SaveThread(); }
void gb_PyEval_RestoreThread(gb_PyThreadState *tstate) { api.PyEval_RestoreThread(tstate); }
gb_PyThreadState *gb_PyThreadState_Swap(gb_PyThreadState *tstate) { return api.PyThreadState_Swap(tstate); }
gb_PyThreadState *gb_PyThreadState_New(gb_PyInterpreterState *interp) { return api.PyThreadState_New(interp); }
void gb_PyThreadState_Clear(gb_PyThreadState *tstate) { api.PyThreadState_Clear(tstate); }
void gb_PyThreadState_DeleteCurrent(void) { api.PyThreadState_DeleteCurrent(); }
gb_PyInterpreterState *gb_PyInterpreterState_Main(void) { return api.PyInterpreterState_Main(); }
int64_t gb_current_interpreter_id(void) { return api.PyInterpreterState_GetID(api.PyInterpreterState_Get()); }

gb_PyThreadState *gb_Py_NewInterpreter(void) { return api.Py_NewInterpreter(); }

gb_PyThreadState *gb_new_isolated_interpreter(char *error, size_t error_capacity) {
    if (api.Py_NewInterpreterFromConfig == NULL) {
        snprintf(error, error_capacity, "Py_NewInterpreterFromConfig is missing: own-GIL sub-interpreters need CPython 3.12+");
        return NULL;
    }
    gb_PyInterpreterConfig config = {
        .use_main_obmalloc = 0,
        .allow_fork = 0,
        .allow_exec = 0,
        .allow_threads = 1,
        .allow_daemon_threads = 0,
        .check_multi_interp_extensions = 1,
        .gil = GB_OWN_GIL,
    };
    gb_PyThreadState *tstate = NULL;
    gb_PyStatus status = api.Py_NewInterpreterFromConfig(&tstate, &config);
    if (status.type != GB_STATUS_OK || tstate == NULL) {
        snprintf(error, error_capacity, "Py_NewInterpreterFromConfig failed: %s%s%s",
                 status.func ? status.func : "", status.func ? ": " : "",
                 status.err_msg ? status.err_msg : "no message");
        return NULL;
    }
    return tstate;
}

void gb_Py_EndInterpreter(gb_PyThreadState *tstate) { api.Py_EndInterpreter(tstate); }

gb_PyObject *gb_PyDict_New(void) { return api.PyDict_New(); }
gb_PyObject *gb_run_file_input(const char *code, gb_PyObject *globals) {
    return api.PyRun_String(code, GB_PY_FILE_INPUT, globals, globals);
}
gb_PyObject *gb_PyDict_GetItemString(gb_PyObject *dict, const char *key) {
    return api.PyDict_GetItemString(dict, key);
}
int gb_PyDict_SetItemString(gb_PyObject *dict, const char *key, gb_PyObject *value) {
    return api.PyDict_SetItemString(dict, key, value);
}
gb_PyObject *gb_PyObject_CallObject(gb_PyObject *callable, gb_PyObject *args) {
    return api.PyObject_CallObject(callable, args);
}
gb_PyObject *gb_call_one(gb_PyObject *callable, gb_PyObject *arg) {
    return api.PyObject_CallFunctionObjArgs(callable, arg, NULL);
}
const char *gb_PyUnicode_AsUTF8(gb_PyObject *object) { return api.PyUnicode_AsUTF8(object); }
void gb_Py_IncRef(gb_PyObject *object) { api.Py_IncRef(object); }
void gb_Py_DecRef(gb_PyObject *object) { api.Py_DecRef(object); }

int gb_error_occurred(void) { return api.PyErr_Occurred() != NULL; }
gb_PyObject *gb_fetch_exception(void) {
    gb_PyObject *type = NULL, *value = NULL, *traceback = NULL;
    api.PyErr_Fetch(&type, &value, &traceback);
    if (type == NULL) return NULL;
    api.PyErr_NormalizeException(&type, &value, &traceback);
    // Keep the traceback on the exception so Python code can name the file and line that raised.
    if (value != NULL && traceback != NULL) api.PyException_SetTraceback(value, traceback);
    if (type) api.Py_DecRef(type);
    if (traceback) api.Py_DecRef(traceback);
    return value;
}
void gb_PyErr_Clear(void) { api.PyErr_Clear(); }

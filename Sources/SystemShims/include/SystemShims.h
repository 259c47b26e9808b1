// SystemShims: C shims for Linux calls Swift cannot import (variadic ones such as prctl).
#ifndef GILBENCH_SYSTEM_SHIMS_H
#define GILBENCH_SYSTEM_SHIMS_H

/// Makes the calling process a child subreaper (prctl(PR_SET_CHILD_SUBREAPER, 1)): orphaned descendants,
/// detached ones (setsid) included, are re-parented to it instead of to init. Returns 0, or -1 with errno set
/// (and -1 with ENOSYS where the call does not exist).
int gilbench_set_child_subreaper(void);

/// 1 when the calling process is a child subreaper (prctl(PR_GET_CHILD_SUBREAPER)), 0 when not, -1 on error.
int gilbench_is_child_subreaper(void);

#endif

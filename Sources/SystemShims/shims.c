// SystemShims: prctl is variadic, so Swift cannot call it directly; these wrappers give it fixed arguments.
#include "SystemShims.h"
#include <errno.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

int gilbench_set_child_subreaper(void) {
#if defined(__linux__) && defined(PR_SET_CHILD_SUBREAPER)
    return prctl(PR_SET_CHILD_SUBREAPER, 1UL, 0UL, 0UL, 0UL);
#else
    errno = ENOSYS;
    return -1;
#endif
}

int gilbench_is_child_subreaper(void) {
#if defined(__linux__) && defined(PR_GET_CHILD_SUBREAPER)
    int value = 0;
    if (prctl(PR_GET_CHILD_SUBREAPER, (unsigned long)&value, 0UL, 0UL, 0UL) != 0) return -1;
    return value != 0;
#else
    errno = ENOSYS;
    return -1;
#endif
}

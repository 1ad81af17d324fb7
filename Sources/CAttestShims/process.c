#define _GNU_SOURCE
#include "attest_process.h"

#include <sched.h>
#include <signal.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/prctl.h>
#include <sys/single_threaded.h>
#endif

int attest_usable_cpus(void) {
#if defined(__linux__)
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        int count = CPU_COUNT(&set);
        if (count > 0) return count;
    }
#endif
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    return online > 0 ? (int)online : 1;
}

int attest_single_threaded(void) {
#if defined(__linux__)
    return __libc_single_threaded;
#else
    return 0;
#endif
}

long attest_take_next(long *counter) { return __atomic_fetch_add(counter, 1, __ATOMIC_RELAXED); }

void attest_die_with_parent(void) {
#if defined(__linux__)
    prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
}

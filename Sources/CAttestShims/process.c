#define _GNU_SOURCE
#include "attest_process.h"

#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <stddef.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif
#if defined(__has_include)
#if __has_include(<sys/single_threaded.h>)
#include <sys/single_threaded.h>  // glibc 2.32 and later
#define ATTEST_KNOWS_SINGLE_THREADED 1
#endif
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
#if defined(ATTEST_KNOWS_SINGLE_THREADED)
    return __libc_single_threaded;
#else
    return 0;  // cannot tell: batches keep to threads
#endif
}

int attest_descriptor_limit(void) {
    struct rlimit limit;
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur > INT_MAX) return INT_MAX;
    return (int)limit.rlim_cur;
}

void attest_die_with_parent(void) {
#if defined(__linux__)
    prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
}

struct attest_ledger {
    size_t size;      // of the mapping
    long runs;
    long hint;        // no run below it is free
    long handed_on;
    unsigned char takers[];
};

attest_ledger *attest_ledger_create(long runs) {
    if (runs < 0) return NULL;
    size_t size = sizeof(attest_ledger) + (size_t)runs;
    void *memory = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) return NULL;
    attest_ledger *ledger = memory;  // zero-filled by the kernel
    ledger->size = size;
    ledger->runs = runs;
    return ledger;
}

void attest_ledger_destroy(attest_ledger *ledger) {
    if (ledger != NULL) munmap(ledger, ledger->size);
}

long attest_ledger_take(attest_ledger *ledger, unsigned char taker) {
    for (long run = __atomic_load_n(&ledger->hint, __ATOMIC_RELAXED); run < ledger->runs; run++) {
        unsigned char nobody = 0;
        if (__atomic_compare_exchange_n(&ledger->takers[run], &nobody, taker, 0, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
            __atomic_store_n(&ledger->hint, run + 1, __ATOMIC_RELAXED);  // a hint: a lower one only costs a look
            return run;
        }
    }
    return -1;
}

unsigned char attest_ledger_taker(const attest_ledger *ledger, long run) {
    return __atomic_load_n(&ledger->takers[run], __ATOMIC_ACQUIRE);
}

long attest_ledger_handed_on(const attest_ledger *ledger) { return __atomic_load_n(&ledger->handed_on, __ATOMIC_ACQUIRE); }

void attest_ledger_set_handed_on(attest_ledger *ledger, long count) {
    __atomic_store_n(&ledger->handed_on, count, __ATOMIC_RELEASE);
}

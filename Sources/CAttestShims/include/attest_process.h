#ifndef ATTEST_PROCESS_H
#define ATTEST_PROCESS_H

// What a batch needs to spread its work over processes, which Swift cannot say itself.

/// How many CPUs this process may run on (its affinity mask); at least 1.
int attest_usable_cpus(void);

/// Whether the process has only ever had one thread (glibc's __libc_single_threaded): only then
/// may a forked child go on running the program's code. 0 where the C library cannot tell.
int attest_single_threaded(void);

/// How many descriptors the process may have open (its soft RLIMIT_NOFILE; INT_MAX when unlimited).
int attest_descriptor_limit(void);

/// Asks the kernel to kill this process when its parent ends (Linux; nothing elsewhere).
void attest_die_with_parent(void);

/// A record, in memory shared by the processes of a batch, of who took which run of files and
/// how far the batch has been handed on.
typedef struct attest_ledger attest_ledger;

/// A ledger for `runs` runs, in fresh memory shared with processes forked later; NULL on failure.
attest_ledger *attest_ledger_create(long runs);
void attest_ledger_destroy(attest_ledger *ledger);
/// Takes the first run nobody has taken for `taker` (1...255) and returns it; -1 when none is left.
long attest_ledger_take(attest_ledger *ledger, unsigned char taker);
/// Who took `run` (0: nobody yet).
unsigned char attest_ledger_taker(const attest_ledger *ledger, long run);
/// How many files have been handed on, in input order.
long attest_ledger_handed_on(const attest_ledger *ledger);
void attest_ledger_set_handed_on(attest_ledger *ledger, long count);

#endif

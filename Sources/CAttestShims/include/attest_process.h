#ifndef ATTEST_PROCESS_H
#define ATTEST_PROCESS_H

// What a batch needs to spread its work over processes, which Swift cannot say itself.

/// How many CPUs this process may run on (its affinity mask); at least 1.
int attest_usable_cpus(void);

/// Whether the process has only ever had one thread (glibc's __libc_single_threaded): only then
/// may a forked child go on running the program's code.
int attest_single_threaded(void);

/// Adds 1 to `*counter` atomically (it may be shared between processes) and returns the value
/// it had.
long attest_take_next(long *counter);

/// Asks the kernel to kill this process when its parent ends (Linux; nothing elsewhere).
void attest_die_with_parent(void);

#endif

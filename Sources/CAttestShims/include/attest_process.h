#ifndef ATTEST_PROCESS_H
#define ATTEST_PROCESS_H

// What a batch needs to know of its process, which Swift cannot say itself.

/// How many CPUs this process may run on (its affinity mask); at least 1.
int attest_usable_cpus(void);

/// How many descriptors the process may have open (its soft RLIMIT_NOFILE; INT_MAX when unlimited).
int attest_descriptor_limit(void);

#endif

#ifndef ATTEST_INFLATE_GUARD_H
#define ATTEST_INFLATE_GUARD_H

#include <stdint.h>

// A bound on what zlib may inflate on the calling thread while a guard is set (inflate_guard.c).
void attest_inflate_guard_begin(uint64_t budget);
/// Whether the budget was passed since `begin` (every inflate since has failed).
int attest_inflate_guard_exceeded(void);
void attest_inflate_guard_end(void);

#endif

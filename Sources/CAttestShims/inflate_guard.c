// The one library function Attest interposes: zlib's inflate, counted while a guard is set on the
// calling thread. Opening a PDF, qpdf decodes its cross-reference streams whole into memory before
// any code of ours can look at them, and qpdf 11.3 has no limit of its own: a compressed stream of
// a megabyte can inflate to gigabytes. Defined in the executable, this inflate is the one libqpdf
// binds to, even when libAttestPDF.so brings it in later (the executable comes first in the
// lookup), and libpng too; it hands every call to zlib's own, and while a guard is set on the
// thread it stops at the guard's budget by returning Z_MEM_ERROR, which qpdf reports as a damaged
// stream. The PDF reader sets the guard through the host functions pdf_plugin.c lends it.
#define _GNU_SOURCE
#include "inflate_guard.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdbool.h>
#include <zlib.h>

static _Thread_local bool guarded = false;
static _Thread_local bool spent = false;
static _Thread_local uint64_t left = 0;

typedef int (*inflate_function)(z_streamp, int);

static inflate_function next_inflate = NULL;
static pthread_once_t next_inflate_found = PTHREAD_ONCE_INIT;

static void find_next_inflate(void) { next_inflate = (inflate_function)dlsym(RTLD_NEXT, "inflate"); }

/// zlib's own inflate: the next one after this executable's.
static inflate_function zlib_inflate(void) {
    pthread_once(&next_inflate_found, find_next_inflate);
    return next_inflate;
}

int inflate(z_streamp stream, int flush) {
    if (guarded && spent) return Z_MEM_ERROR;
    inflate_function next = zlib_inflate();
    if (next == NULL) return Z_STREAM_ERROR;
    uLong before = stream->total_out;
    int status = next(stream, flush);
    if (!guarded) return status;
    uint64_t made = stream->total_out - before;
    if (made > left) {
        spent = true;
        return Z_MEM_ERROR;
    }
    left -= made;
    return status;
}

void attest_inflate_guard_begin(uint64_t budget) {
    guarded = true;
    spent = false;
    left = budget;
}

int attest_inflate_guard_exceeded(void) { return spent; }

void attest_inflate_guard_end(void) { guarded = false; }

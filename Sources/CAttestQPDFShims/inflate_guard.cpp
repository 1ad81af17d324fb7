// The one library function Attest interposes: zlib's inflate, counted while a guard is set on the
// calling thread. Opening a PDF, qpdf decodes its cross-reference streams whole into memory before
// any code of ours can look at them, and qpdf 11.3 has no limit of its own: a compressed stream of
// a megabyte can inflate to gigabytes. Defined in the executable, this inflate is the one libqpdf
// (and libpng) call; it hands every call to zlib's own, and while a guard is set on the thread it
// stops at the guard's budget by returning Z_MEM_ERROR, which qpdf reports as a damaged stream.

#include "inflate_guard.h"

#include <dlfcn.h>
#include <zlib.h>

namespace {

thread_local bool guarded = false;
thread_local bool spent = false;
thread_local uint64_t left = 0;

using InflateFunction = int (*)(z_streamp, int);

InflateFunction zlib_inflate() {
    static InflateFunction next = reinterpret_cast<InflateFunction>(dlsym(RTLD_NEXT, "inflate"));
    return next;
}

} // namespace

extern "C" int inflate(z_streamp stream, int flush) {
    if (guarded && spent) return Z_MEM_ERROR;
    InflateFunction next = zlib_inflate();
    if (next == nullptr) return Z_STREAM_ERROR;
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

InflateGuard::InflateGuard(uint64_t budget) {
    guarded = true;
    spent = false;
    left = budget;
}

InflateGuard::~InflateGuard() { guarded = false; }

bool InflateGuard::exceeded() const { return spent; }

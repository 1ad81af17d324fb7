// A per-thread cache of small freed chunks in front of malloc, for C++'s operator new and delete.
//
// qpdf builds and drops hundreds of small objects for each document it reads (shared_ptr control
// blocks, map nodes, strings). glibc's own per-thread cache keeps 7 free chunks of a size; the
// rest of a document's frees went to the shared bins and came back through malloc's slow path
// (_int_free, _int_malloc, malloc_consolidate: a fifth of the CPU time of inspecting a PDF scan).
// This keeps up to `max_per_class` chunks of each size class per thread, which is what raising
// glibc's tunable glibc.malloc.tcache_count does (a program cannot set it for itself;
// docs/performance.md has what it saves). Every chunk is a malloc chunk, so free() stays valid
// for any of them. It belongs to the attest executable alone: no library module replaces the
// allocator of a program that links it.
//
// Sanitizer builds keep their own operator new and delete, which check every allocation.

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define ATTEST_SANITIZED 1
#endif
#endif

#ifndef ATTEST_SANITIZED

#include <cstddef>
#include <cstdlib>
#include <cxxabi.h>
#include <malloc.h>
#include <new>

extern "C" void *__dso_handle;

namespace {

constexpr std::size_t granule = 16;
constexpr std::size_t classes = 16;  // chunks serving requests of up to 16, 32, ..., 256 bytes
constexpr unsigned max_per_class = 4096;

struct FreeChunk {
    FreeChunk *next;
};

/// Zero-initialised, with no constructor or destructor, so reaching it costs no initialisation
/// check (a thread_local object with a destructor in this file would put one in every call).
struct ChunkCache {
    FreeChunk *heads[classes];
    unsigned counts[classes];
    bool owned;   // the thread has asked to return its chunks when it ends
    bool closed;  // the thread is ending: chunks go straight back to malloc
};

thread_local ChunkCache cache;

/// Returns a thread's chunks to malloc; run when the thread ends (and for the main thread, at exit).
void return_chunks(void *) {
    cache.closed = true;
    for (std::size_t index = 0; index < classes; index++) {
        while (FreeChunk *chunk = cache.heads[index]) {
            cache.heads[index] = chunk->next;
            std::free(chunk);
        }
        cache.counts[index] = 0;
    }
}

/// The first chunk a thread keeps: have return_chunks run when it ends, as the C++ runtime does
/// for thread_local objects.
__attribute__((noinline)) void adopt() {
    cache.owned = true;
    __cxxabiv1::__cxa_thread_atexit(return_chunks, nullptr, &__dso_handle);
}

inline __attribute__((always_inline)) void *allocate(std::size_t size) {
    if (size - 1 < classes * granule) {  // 1 ... 256 bytes
        std::size_t index = (size - 1) / granule;
        if (FreeChunk *chunk = cache.heads[index]) {
            cache.heads[index] = chunk->next;
            cache.counts[index]--;
            return chunk;
        }
        size = (index + 1) * granule;
    } else if (size == 0) {
        size = 1;
    }
    for (;;) {
        if (void *pointer = std::malloc(size)) return pointer;
        std::new_handler handler = std::get_new_handler();
        if (handler == nullptr) throw std::bad_alloc();
        handler();
    }
}

/// Keeps `pointer`, a chunk serving class `index` (0 for 16 bytes ... classes - 1 for 256), or
/// frees it.
inline __attribute__((always_inline)) void keep(void *pointer, std::size_t index) noexcept {
    if (cache.closed || cache.counts[index] >= max_per_class) {
        std::free(pointer);
        return;
    }
    if (!cache.owned) adopt();
    auto *chunk = static_cast<FreeChunk *>(pointer);
    chunk->next = cache.heads[index];
    cache.heads[index] = chunk;
    cache.counts[index]++;
}

/// `operator delete` without a size: the chunk's usable size u says its class (the largest
/// 16-byte multiple up to u: what operator new asked malloc for).
inline __attribute__((always_inline)) void release(void *pointer) noexcept {
    if (pointer == nullptr) return;
    std::size_t index = malloc_usable_size(pointer) / granule;
    if (index == 0 || index > classes) {
        std::free(pointer);
        return;
    }
    keep(pointer, index - 1);
}

/// `operator delete` with the size given to operator new: its class, as allocate chose it.
inline __attribute__((always_inline)) void release(void *pointer, std::size_t size) noexcept {
    if (pointer == nullptr) return;
    if (size - 1 >= classes * granule) {
        std::free(pointer);
        return;
    }
    keep(pointer, (size - 1) / granule);
}

} // namespace

void *operator new(std::size_t size) { return allocate(size); }
void *operator new[](std::size_t size) { return allocate(size); }
void operator delete(void *pointer) noexcept { release(pointer); }
void operator delete[](void *pointer) noexcept { release(pointer); }
void operator delete(void *pointer, std::size_t size) noexcept { release(pointer, size); }
void operator delete[](void *pointer, std::size_t size) noexcept { release(pointer, size); }

#endif

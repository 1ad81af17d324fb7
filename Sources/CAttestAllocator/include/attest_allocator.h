#ifndef ATTEST_ALLOCATOR_H
#define ATTEST_ALLOCATOR_H

// This target has no functions to call: linked into the attest executable, it replaces C++'s
// global operator new and delete (see chunk_cache.cpp). Only the executable depends on it, so a
// program that uses Attest's libraries keeps its own allocator.

#endif

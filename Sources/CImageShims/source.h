#ifndef ATTEST_SOURCE_H
#define ATTEST_SOURCE_H

#include "attest_image.h"

// Sequential reading of an attest_source, shared by the JPEG and PNG readers.
typedef struct attest_cursor {
    attest_source source;
    uint64_t offset;     ///< Next byte to read.
    uint64_t bytes_read; ///< Bytes actually read (skips are not reads).
    int error;           ///< errno of a failed read, or 0.
} attest_cursor;

/// Reads up to `capacity` bytes; returns the count, 0 at the end, -1 on a read error.
long attest_cursor_read(attest_cursor *cursor, unsigned char *buffer, size_t capacity);
/// Moves forward without reading.
void attest_cursor_skip(attest_cursor *cursor, uint64_t count);

#endif

#include "source.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

long attest_cursor_read(attest_cursor *cursor, unsigned char *buffer, size_t capacity) {
    // The file's first bytes were read once already (to recognise its format): serve them again
    // from memory instead of reading the file twice.
    if (cursor->source.fd >= 0 && cursor->offset < cursor->source.head_length) {
        size_t available = cursor->source.head_length - (size_t)cursor->offset;
        size_t count = available < capacity ? available : capacity;
        memcpy(buffer, cursor->source.head + cursor->offset, count);
        cursor->offset += count;
        return (long)count;
    }
    if (cursor->source.fd >= 0) {
        for (;;) {
            ssize_t count = pread(cursor->source.fd, buffer, capacity, (off_t)cursor->offset);
            if (count < 0 && errno == EINTR) continue;
            if (count < 0) {
                cursor->error = errno;
                return -1;
            }
            cursor->offset += (uint64_t)count;
            cursor->bytes_read += (uint64_t)count;
            return (long)count;
        }
    }
    if (cursor->offset >= cursor->source.length) return 0;
    size_t available = cursor->source.length - (size_t)cursor->offset;
    size_t count = available < capacity ? available : capacity;
    memcpy(buffer, cursor->source.bytes + cursor->offset, count);
    cursor->offset += count;
    cursor->bytes_read += count;
    return (long)count;
}

void attest_cursor_skip(attest_cursor *cursor, uint64_t count) {
    cursor->offset += count;
}

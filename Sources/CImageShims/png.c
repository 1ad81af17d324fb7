// libpng behind setjmp: every entry point sets its own jump target before calling the library.

#include "attest_image.h"
#include "source.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <png.h>

enum { MESSAGE_BYTES = 200 };

struct attest_png_reader {
    png_structp png;
    png_infop info;
    attest_cursor cursor;
    png_bytep row;       // the one row buffer of a decode, freed by destroy
    int header_read;
    int warnings;
    char message[MESSAGE_BYTES];
};

static void keep_message(attest_png_reader *reader, png_const_charp message) {
    snprintf(reader->message, sizeof reader->message, "%s", message);
}

static void on_error(png_structp png, png_const_charp message) {
    attest_png_reader *reader = png_get_error_ptr(png);
    if (reader->cursor.error == 0) keep_message(reader, message);
    png_longjmp(png, 1);
}

// Counts warnings and keeps the first one's text instead of printing it to stderr.
static void on_warning(png_structp png, png_const_charp message) {
    attest_png_reader *reader = png_get_error_ptr(png);
    if (reader->warnings++ == 0 && reader->message[0] == '\0') keep_message(reader, message);
}

static void on_read(png_structp png, png_bytep data, size_t length) {
    attest_png_reader *reader = png_get_io_ptr(png);
    while (length > 0) {
        long count = attest_cursor_read(&reader->cursor, data, length);
        if (count < 0) {
            snprintf(reader->message, sizeof reader->message, "read error: %s", strerror(reader->cursor.error));
            png_error(png, reader->message);
        }
        if (count == 0) png_error(png, "the data ends early");
        data += count;
        length -= (size_t)count;
    }
}

attest_png_reader *attest_png_reader_create(attest_source source) {
    attest_png_reader *reader = calloc(1, sizeof *reader);
    if (reader == NULL) return NULL;
    reader->cursor.source = source;
    reader->png = png_create_read_struct(PNG_LIBPNG_VER_STRING, reader, on_error, on_warning);
    if (reader->png == NULL) {
        free(reader);
        return NULL;
    }
    reader->info = png_create_info_struct(reader->png);
    if (reader->info == NULL) {
        png_destroy_read_struct(&reader->png, NULL, NULL);
        free(reader);
        return NULL;
    }
    png_set_read_fn(reader->png, reader, on_read);
    // The pixel budget is Attest's policy, decided on the header; libpng's own default
    // (1,000,000 per side) would report a huge image as unreadable instead.
    png_set_user_limits(reader->png, 0x7fffffff, 0x7fffffff);
    return reader;
}

void attest_png_reader_destroy(attest_png_reader *reader) {
    if (reader == NULL) return;
    free(reader->row);
    png_destroy_read_struct(&reader->png, &reader->info, NULL);
    free(reader);
}

static attest_status failure(const attest_png_reader *reader) {
    return reader->cursor.error != 0 ? ATTEST_IO_ERROR : ATTEST_CORRUPT;
}

attest_status attest_png_read_header(attest_png_reader *reader, attest_image_header *header) {
    png_structp png = reader->png;
    png_infop info = reader->info;
    memset(header, 0, sizeof *header);
    if (setjmp(png_jmpbuf(png))) return failure(reader);
    png_read_info(png, info);
    reader->header_read = 1;
    header->width = png_get_image_width(png, info);
    header->height = png_get_image_height(png, info);
    png_uint_32 x = 0, y = 0;
    int unit = 0;
    if (png_get_pHYs(png, info, &x, &y, &unit) & PNG_INFO_pHYs) {
        header->has_density = 1;
        header->density_unit = unit;
        header->x_density = x;
        header->y_density = y;
    }
    return ATTEST_OK;
}

attest_status attest_png_decode(attest_png_reader *reader, attest_decode_result *result) {
    png_structp png = reader->png;
    png_infop info = reader->info;
    memset(result, 0, sizeof *result);
    if (!reader->header_read) return ATTEST_CORRUPT;
    int warnings_before = reader->warnings;
    reader->message[0] = '\0';
    if (setjmp(png_jmpbuf(png))) return failure(reader);
    int passes = png_set_interlace_handling(png);
    png_read_update_info(png, info);
    png_uint_32 height = png_get_image_height(png, info);
    reader->row = malloc(png_get_rowbytes(png, info));
    if (reader->row == NULL) png_error(png, "out of memory for one row");
    for (int pass = 0; pass < passes; pass++) {
        for (png_uint_32 y = 0; y < height; y++) png_read_row(png, reader->row, NULL);
    }
    png_read_end(png, NULL);
    result->image_end = reader->cursor.offset;
    result->warnings = reader->warnings - warnings_before;
    return ATTEST_OK;
}

const char *attest_png_message(const attest_png_reader *reader) {
    return reader->message;
}

uint64_t attest_png_bytes_read(const attest_png_reader *reader) {
    return reader->cursor.bytes_read;
}

// libjpeg behind setjmp: every entry point sets its own jump target before calling the library.

#include "attest_image.h"
#include "source.h"

#include <setjmp.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jpeglib.h>
#include <jerror.h>

// Headers are read in small reads (a JPEG's markers before the first scan usually fit in the
// first 4 KiB); a full decode switches to large ones.
enum { HEADER_CHUNK_BYTES = 4 * 1024, CHUNK_BYTES = 64 * 1024 };

struct attest_jpeg_reader {
    struct jpeg_decompress_struct cinfo;
    struct jpeg_error_mgr error_manager;
    struct jpeg_source_mgr source_manager;
    attest_cursor cursor;
    jmp_buf jump;
    int created;        // jpeg_create_decompress succeeded
    int header_read;
    int error_code;     // libjpeg's code for the error that ended the last call
    char message[JMSG_LENGTH_MAX];
    unsigned char buffer[CHUNK_BYTES];
};

static attest_jpeg_reader *reader_of(j_common_ptr cinfo) {
    return (attest_jpeg_reader *)cinfo->client_data;
}

static void on_error_exit(j_common_ptr cinfo) {
    attest_jpeg_reader *reader = reader_of(cinfo);
    reader->error_code = cinfo->err->msg_code;
    if (reader->cursor.error == 0) (*cinfo->err->format_message)(cinfo, reader->message);
    longjmp(reader->jump, 1);
}

// Keeps the first warning's text instead of printing it to stderr.
static void on_output_message(j_common_ptr cinfo) {
    attest_jpeg_reader *reader = reader_of(cinfo);
    if (reader->message[0] == '\0') (*cinfo->err->format_message)(cinfo, reader->message);
}

static void on_init_source(j_decompress_ptr cinfo) { (void)cinfo; }
static void on_term_source(j_decompress_ptr cinfo) { (void)cinfo; }

static boolean on_fill_input_buffer(j_decompress_ptr cinfo) {
    attest_jpeg_reader *reader = reader_of((j_common_ptr)cinfo);
    long count = attest_cursor_read(&reader->cursor, reader->buffer, reader->header_read ? CHUNK_BYTES : HEADER_CHUNK_BYTES);
    if (count < 0) {
        snprintf(reader->message, sizeof reader->message, "read error: %s", strerror(reader->cursor.error));
        ERREXIT(cinfo, JERR_FILE_READ);
    }
    if (count == 0) {
        // The data ended early: hand libjpeg a fake EOI, as its own stdio source does, and warn.
        WARNMS(cinfo, JWRN_JPEG_EOF);
        reader->buffer[0] = 0xFF;
        reader->buffer[1] = JPEG_EOI;
        count = 2;
    }
    reader->source_manager.next_input_byte = reader->buffer;
    reader->source_manager.bytes_in_buffer = (size_t)count;
    return TRUE;
}

// Skipped segments (thumbnails, ICC profiles) are passed over without being read.
static void on_skip_input_data(j_decompress_ptr cinfo, long count) {
    attest_jpeg_reader *reader = reader_of((j_common_ptr)cinfo);
    if (count <= 0) return;
    struct jpeg_source_mgr *source = &reader->source_manager;
    if ((size_t)count <= source->bytes_in_buffer) {
        source->next_input_byte += count;
        source->bytes_in_buffer -= (size_t)count;
        return;
    }
    attest_cursor_skip(&reader->cursor, (uint64_t)count - source->bytes_in_buffer);
    source->next_input_byte = reader->buffer;
    source->bytes_in_buffer = 0;
}

attest_jpeg_reader *attest_jpeg_reader_create(attest_source source) {
    // Everything but the read buffer starts zeroed; zeroing 64 KiB that is always written before
    // it is read cost more than reading a header.
    attest_jpeg_reader *reader = malloc(sizeof *reader);
    if (reader == NULL) return NULL;
    memset(reader, 0, offsetof(attest_jpeg_reader, buffer));
    reader->cursor.source = source;
    reader->cinfo.err = jpeg_std_error(&reader->error_manager);
    reader->error_manager.error_exit = on_error_exit;
    reader->error_manager.output_message = on_output_message;
    reader->cinfo.client_data = reader;
    if (setjmp(reader->jump)) {
        free(reader);
        return NULL;
    }
    jpeg_create_decompress(&reader->cinfo);
    reader->created = 1;
    reader->source_manager.init_source = on_init_source;
    reader->source_manager.fill_input_buffer = on_fill_input_buffer;
    reader->source_manager.skip_input_data = on_skip_input_data;
    reader->source_manager.resync_to_restart = jpeg_resync_to_restart;
    reader->source_manager.term_source = on_term_source;
    reader->cinfo.src = &reader->source_manager;
    return reader;
}

void attest_jpeg_reader_destroy(attest_jpeg_reader *reader) {
    if (reader == NULL) return;
    if (reader->created) jpeg_destroy_decompress(&reader->cinfo);
    free(reader);
}

static attest_status failure(const attest_jpeg_reader *reader) {
    if (reader->cursor.error != 0) return ATTEST_IO_ERROR;
    // Past max_memory_to_use libjpeg would spill to a backing store, which this build lacks.
    return reader->error_code == JERR_NO_BACKING_STORE ? ATTEST_MEMORY_LIMIT : ATTEST_CORRUPT;
}

attest_status attest_jpeg_read_header(attest_jpeg_reader *reader, attest_image_header *header) {
    j_decompress_ptr cinfo = &reader->cinfo;
    memset(header, 0, sizeof *header);
    if (setjmp(reader->jump)) return failure(reader);
    jpeg_save_markers(cinfo, JPEG_APP0 + 1, 0xFFFF);
    jpeg_read_header(cinfo, TRUE);
    reader->header_read = 1;
    header->width = cinfo->image_width;
    header->height = cinfo->image_height;
    // libjpeg fills in density defaults without a JFIF marker: those are not a stated resolution.
    header->has_density = cinfo->saw_JFIF_marker ? 1 : 0;
    header->density_unit = cinfo->density_unit;
    header->x_density = cinfo->X_density;
    header->y_density = cinfo->Y_density;
    for (jpeg_saved_marker_ptr marker = cinfo->marker_list; marker != NULL; marker = marker->next) {
        if (marker->marker == JPEG_APP0 + 1 && marker->data_length >= 6 &&
            memcmp(marker->data, "Exif\0\0", 6) == 0) {
            header->exif = marker->data + 6;
            header->exif_length = marker->data_length - 6;
            break;
        }
    }
    return ATTEST_OK;
}

attest_status attest_jpeg_decode(attest_jpeg_reader *reader, attest_decode_result *result) {
    j_decompress_ptr cinfo = &reader->cinfo;
    memset(result, 0, sizeof *result);
    if (!reader->header_read) return ATTEST_CORRUPT;
    long warnings_before = reader->error_manager.num_warnings;
    reader->message[0] = '\0';
    if (setjmp(reader->jump)) return failure(reader);
    // Every coefficient is still entropy-decoded at 1/8 scale; only the inverse DCT is cheaper.
    cinfo->scale_num = 1;
    cinfo->scale_denom = 8;
    cinfo->dct_method = JDCT_IFAST;
    cinfo->do_fancy_upsampling = FALSE;
    cinfo->do_block_smoothing = FALSE;
    cinfo->mem->max_memory_to_use = ATTEST_DECODE_MEMORY_BYTES;
    jpeg_start_decompress(cinfo);
    JDIMENSION row_width = cinfo->output_width * (JDIMENSION)cinfo->output_components;
    JSAMPARRAY rows = (*cinfo->mem->alloc_sarray)((j_common_ptr)cinfo, JPOOL_IMAGE, row_width,
                                                  (JDIMENSION)cinfo->rec_outbuf_height);
    while (cinfo->output_scanline < cinfo->output_height) {
        jpeg_read_scanlines(cinfo, rows, (JDIMENSION)cinfo->rec_outbuf_height);
    }
    jpeg_finish_decompress(cinfo);
    result->image_end = reader->cursor.offset - reader->source_manager.bytes_in_buffer;
    result->warnings = (int)(reader->error_manager.num_warnings - warnings_before);
    return ATTEST_OK;
}

const char *attest_jpeg_message(const attest_jpeg_reader *reader) {
    return reader->message;
}

uint64_t attest_jpeg_bytes_read(const attest_jpeg_reader *reader) {
    return reader->cursor.bytes_read;
}

#ifndef ATTEST_IMAGE_H
#define ATTEST_IMAGE_H

// The C wall between Attest and libpng/libjpeg. Both libraries report fatal errors with longjmp;
// every setjmp lives in this target, so a longjmp never crosses a Swift frame. Swift sees plain
// functions that return a status and fill a struct.

#include <stddef.h>
#include <stdint.h>

/// Where image bytes come from: a file descriptor read with pread from offset 0, or memory.
typedef struct attest_source {
    int fd;                     ///< >= 0: read from this descriptor; < 0: read `bytes`.
    const unsigned char *bytes; ///< Used when `fd` < 0; not owned.
    size_t length;              ///< Length of `bytes`.
    const unsigned char *head;  ///< With `fd`: the file's first bytes, already read (not owned), or NULL.
    size_t head_length;         ///< Length of `head`.
} attest_source;

typedef enum attest_status {
    ATTEST_OK = 0,
    ATTEST_CORRUPT = 1,  ///< The library rejected the data; see the reader's message.
    ATTEST_IO_ERROR = 2, ///< Reading the source failed; see the reader's message.
    ATTEST_MEMORY_LIMIT = 3, ///< Decoding would take more than ATTEST_DECODE_MEMORY_BYTES.
} attest_status;

/// What the headers of an image say. Densities are as the format states them.
typedef struct attest_image_header {
    uint32_t width;
    uint32_t height;
    int has_density;     ///< JPEG: a JFIF APP0 marker was seen; PNG: a pHYs chunk was present.
    int density_unit;    ///< JFIF: 0 none, 1 inch, 2 cm. PNG pHYs: 0 none, 1 metre.
    uint32_t x_density;
    uint32_t y_density;
    const unsigned char *exif; ///< JPEG: the TIFF data of the first Exif APP1, or NULL. Owned by the reader.
    size_t exif_length;
} attest_image_header;

/// The most libjpeg may hold to decode one image (a progressive JPEG keeps every coefficient:
/// two bytes per sample, 600 MB for 100 megapixels of CMYK). A scan at 300 dpi needs a fifth of it.
#define ATTEST_DECODE_MEMORY_BYTES (256L << 20)

/// What a full decode found.
typedef struct attest_decode_result {
    uint64_t image_end; ///< Offset just past the image's end (JPEG EOI, PNG IEND).
    int warnings;       ///< Warnings the library raised while decoding (damaged data).
} attest_decode_result;

typedef struct attest_jpeg_reader attest_jpeg_reader;
typedef struct attest_png_reader attest_png_reader;

/// Creates a JPEG reader over `source` (not owned; it must outlive the reader). NULL when out of memory.
attest_jpeg_reader *attest_jpeg_reader_create(attest_source source);
void attest_jpeg_reader_destroy(attest_jpeg_reader *reader);
/// Reads up to the start of the first scan.
attest_status attest_jpeg_read_header(attest_jpeg_reader *reader, attest_image_header *header);
/// Decodes every scan (at 1/8 scale: the entropy-coded data is read in full) through EOI.
attest_status attest_jpeg_decode(attest_jpeg_reader *reader, attest_decode_result *result);
/// The library's message for the last failure or first warning ("" when none).
const char *attest_jpeg_message(const attest_jpeg_reader *reader);
/// Bytes read from the source so far.
uint64_t attest_jpeg_bytes_read(const attest_jpeg_reader *reader);

attest_png_reader *attest_png_reader_create(attest_source source);
void attest_png_reader_destroy(attest_png_reader *reader);
/// Reads up to the first IDAT chunk.
attest_status attest_png_read_header(attest_png_reader *reader, attest_image_header *header);
/// Decodes every row and reads the remaining chunks through IEND.
attest_status attest_png_decode(attest_png_reader *reader, attest_decode_result *result);
const char *attest_png_message(const attest_png_reader *reader);
uint64_t attest_png_bytes_read(const attest_png_reader *reader);

#endif

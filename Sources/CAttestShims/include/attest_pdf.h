#ifndef ATTEST_PDF_H
#define ATTEST_PDF_H

// PDF reading, the plain C face of the only C++ Attest has: qpdf reads the PDF and its
// content-stream parser walks each page (Sources/CAttestQPDFShims, built as libAttestPDF.so and
// loaded on the first PDF; see pdf_plugin.c). No C++ exception crosses it.

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum attest_pdf_status {
    ATTEST_PDF_OK = 0,
    ATTEST_PDF_CORRUPT = 1,   ///< qpdf cannot read it at all; see `message`.
    ATTEST_PDF_ENCRYPTED = 2, ///< It needs a password that is not the empty one.
    ATTEST_PDF_TOO_MANY_OBJECTS = 3, ///< More objects than `max_objects`; `objects` says how many.
    ATTEST_PDF_TOO_MUCH_CONTENT = 4, ///< Its streams unpack to more than `max_decoded_bytes`.
    ATTEST_PDF_UNAVAILABLE = 5, ///< libAttestPDF.so could not be loaded; `message` says why.
} attest_pdf_status;

/// One image a page paints, and the size the page draws it at.
typedef struct attest_pdf_image {
    uint32_t page;          ///< From 1.
    uint32_t pixel_width;
    uint32_t pixel_height;
    double drawn_width;     ///< Length of the image's x axis on the page, in 1/72 inch (UserUnit applied).
    double drawn_height;    ///< Length of its y axis, likewise.
} attest_pdf_image;

/// Bounds on the work one PDF may cause. Past max_pages, max_images, max_form_depth or
/// max_operations the reading stops short and says which in `limits_reached`; past max_objects or
/// max_decoded_bytes the file is not read at all (its status says so).
typedef struct attest_pdf_limits {
    uint32_t max_pages;     ///< Pages whose content is read; the page count is reported whole.
    uint32_t max_images;    ///< Images recorded.
    uint32_t max_form_depth; ///< Content streams inside content streams: form XObjects (an annotation's
                             ///< appearance among them), tiling patterns and Type 3 glyphs.
    uint32_t max_objects;   ///< Objects in the file; a PDF with more is not read further.
    uint64_t max_decoded_bytes; ///< What content and object streams may unpack to, in all; and, on its
                                ///< own, what qpdf unpacks as it opens the file.
    uint64_t max_operations; ///< Work on the whole document: each content-stream operand once (when its
                             ///< stream is read), each operator each time its stream is walked, each
                             ///< stream walked, each annotation, and each /Differences entry of a
                             ///< Type 3 font each time a string is shown in it.
} attest_pdf_limits;

/// The bounds of attest_pdf_limits a reading reached, as flags: what lay past one was not read.
typedef enum attest_pdf_limit {
    ATTEST_PDF_LIMIT_PAGES = 1 << 0,      ///< More pages than max_pages.
    ATTEST_PDF_LIMIT_IMAGES = 1 << 1,     ///< More images than max_images.
    ATTEST_PDF_LIMIT_FORM_DEPTH = 1 << 2, ///< A content stream deeper than max_form_depth.
    ATTEST_PDF_LIMIT_OPERATIONS = 1 << 3, ///< More work than max_operations; nothing after was read.
} attest_pdf_limit;

typedef struct attest_pdf_report {
    attest_pdf_status status;
    int encrypted;          ///< Any encryption, an empty user password included.
    int warnings;           ///< Warnings qpdf raised while reading (it repaired something).
    int active_content;     ///< JavaScript, a launch action or an embedded file.
    uint32_t pages;
    size_t objects;         ///< Objects in the file.
    attest_pdf_image *images;  ///< Owned; freed by attest_pdf_report_free.
    size_t image_count;
    uint32_t limits_reached;   ///< attest_pdf_limit flags; 0 when the document was read whole.
    uint64_t operations;       ///< Operations counted (max_operations when that limit was reached).
    char message[256];      ///< qpdf's words for a failure, or its first warning.
} attest_pdf_report;

/// Inspects the PDF read from `fd` (when >= 0, from its start; `bytes` then holds the file's first
/// `length` bytes, already read, or is null) or else from `bytes`.
void attest_pdf_inspect(int fd, const unsigned char *bytes, size_t length, attest_pdf_limits limits,
                        attest_pdf_report *report);
/// Frees what a report owns (memory from malloc).
void attest_pdf_report_free(attest_pdf_report *report);

/// The first signature field of a PDF, and what it signs.
typedef struct attest_pdf_signature {
    attest_pdf_status status;  ///< ATTEST_PDF_CORRUPT when qpdf cannot read the file, UNAVAILABLE without the library.
    int found;                 ///< 1 when a signature field with a value was found.
    int64_t byte_range[4];     ///< /ByteRange; -1 where it is not four integers.
    unsigned char *contents;   ///< /Contents, decoded; owned.
    size_t contents_length;
    char *sub_filter;          ///< /SubFilter without its slash; owned; NULL when absent.
    char *info_payload;        ///< The document information's /AttestQRPayload; owned; NULL when absent.
    char *info_title;          ///< The document information's /Title in UTF-8; owned; NULL when absent.
    char message[256];
} attest_pdf_signature;

/// Reads the signature dictionary of the first signature field of the PDF in `bytes`.
void attest_pdf_read_signature(const unsigned char *bytes, size_t length, attest_pdf_signature *signature);
/// Frees what a signature owns (memory from malloc).
void attest_pdf_signature_free(attest_pdf_signature *signature);

#ifdef __cplusplus
}
#endif

#endif

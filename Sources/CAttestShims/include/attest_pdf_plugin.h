#ifndef ATTEST_PDF_PLUGIN_H
#define ATTEST_PDF_PLUGIN_H

// Between attest and libAttestPDF.so, the PDF reader it loads on the first PDF (pdf_plugin.c).
// The library exports one function, ATTEST_PDF_PLUGIN_ENTRY; attest lends it the bound on zlib's
// inflate, which only the executable can interpose, and takes its two readers.

#include "attest_pdf.h"

#ifdef __cplusplus
extern "C" {
#endif

/// What attest lends the plugin: a bound on what zlib's inflate may produce on the calling thread
/// while qpdf opens a file (see inflate_guard.c).
typedef struct attest_pdf_host {
    void (*inflate_guard_begin)(uint64_t budget);
    /// Whether the budget was passed since `begin` (every inflate since has failed).
    int (*inflate_guard_exceeded)(void);
    void (*inflate_guard_end)(void);
} attest_pdf_host;

/// The plugin's readers, as attest_pdf_inspect and attest_pdf_read_signature describe them.
typedef struct attest_pdf_plugin {
    void (*inspect)(int fd, const unsigned char *bytes, size_t length, attest_pdf_limits limits,
                    attest_pdf_report *report);
    void (*read_signature)(const unsigned char *bytes, size_t length, attest_pdf_signature *signature);
} attest_pdf_plugin;

#define ATTEST_PDF_PLUGIN_FILE "libAttestPDF.so"
// The version changes with the layout of attest_pdf.h's structures, so that a library of another
// build beside attest is refused by name rather than misread.
#define ATTEST_PDF_PLUGIN_ENTRY "attest_pdf_plugin_v2"

/// The entry: keeps `host` (which outlives the plugin) and fills `plugin`.
typedef void (*attest_pdf_plugin_entry)(const attest_pdf_host *host, attest_pdf_plugin *plugin);

#ifdef __cplusplus
}
#endif

#endif

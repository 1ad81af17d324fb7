#ifndef ATTEST_PDF_PLUGIN_H
#define ATTEST_PDF_PLUGIN_H

// Between attest and libAttestPDF.so, the PDF reader it loads on the first PDF (pdf_plugin.c).
// The library exports one function, ATTEST_PDF_PLUGIN_ENTRY, which hands over its two readers.

#include "attest_pdf.h"

#ifdef __cplusplus
extern "C" {
#endif

/// The plugin's readers, as attest_pdf_inspect and attest_pdf_read_signature describe them.
typedef struct attest_pdf_plugin {
    void (*inspect)(int fd, const unsigned char *bytes, size_t length, attest_pdf_limits limits,
                    attest_pdf_report *report);
    void (*read_signature)(const unsigned char *bytes, size_t length, attest_pdf_signature *signature);
} attest_pdf_plugin;

#define ATTEST_PDF_PLUGIN_FILE "libAttestPDF.so"
// The version changes with the entry's signature and the layout of attest_pdf.h's structures, so
// that a library of another build beside attest is refused by name rather than misread.
#define ATTEST_PDF_PLUGIN_ENTRY "attest_pdf_plugin_v3"

/// The entry: fills `plugin`.
typedef void (*attest_pdf_plugin_entry)(attest_pdf_plugin *plugin);

#ifdef __cplusplus
}
#endif

#endif

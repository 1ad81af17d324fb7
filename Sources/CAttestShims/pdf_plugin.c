// PDF reading through libAttestPDF.so, loaded on the first call. qpdf and what it brings
// (libstdc++, gnutls and its dependencies) would slow every start of attest when linked in; most
// runs read no PDF at all (signing, hashing, a folder of photos), so only this file knows the
// library and it is opened when a PDF is first read, in whichever process reads it.
//
// It is looked for beside the executable (/proc/self/exe), then in ../lib/attest from it (where
// `make install` puts it), then where the dynamic linker looks
// (the executable's run path, LD_LIBRARY_PATH, the system's directories). When it cannot be
// loaded, every read says why in its status and message, and nothing else changes.
#define _GNU_SOURCE
#include "attest_pdf_plugin.h"

#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static attest_pdf_plugin plugin;
static int loaded = 0;
static char failure[200];
static pthread_once_t load_once = PTHREAD_ONCE_INIT;

/// dlopen of the library beside the executable, then where `make install` puts it (PREFIX/lib/attest
/// for PREFIX/bin/attest), or else by its name alone.
static void *open_library(void) {
    static const char *const places[] = {"", "../lib/attest/"};
    char path[PATH_MAX];
    ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
    char *slash = length > 0 ? (path[length] = 0, strrchr(path, '/')) : NULL;
    for (size_t i = 0; slash != NULL && i < sizeof places / sizeof places[0]; i++) {
        size_t directory = (size_t)(slash + 1 - path);
        if (directory + strlen(places[i]) + sizeof ATTEST_PDF_PLUGIN_FILE > sizeof path) continue;
        strcpy(slash + 1, places[i]);
        strcat(slash + 1, ATTEST_PDF_PLUGIN_FILE);
        void *library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        if (library != NULL) return library;
    }
    return dlopen(ATTEST_PDF_PLUGIN_FILE, RTLD_NOW | RTLD_LOCAL);
}

static void load(void) {
    void *library = open_library();
    attest_pdf_plugin_entry entry = library == NULL ? NULL : (attest_pdf_plugin_entry)dlsym(library, ATTEST_PDF_PLUGIN_ENTRY);
    if (entry == NULL) {
        const char *reason = dlerror();
        snprintf(failure, sizeof failure, "PDF support cannot be loaded (%s)", reason != NULL ? reason : ATTEST_PDF_PLUGIN_FILE);
        return;
    }
    entry(&plugin);
    loaded = plugin.inspect != NULL && plugin.read_signature != NULL;
    if (!loaded) snprintf(failure, sizeof failure, "PDF support cannot be loaded (%s lacks a reader)", ATTEST_PDF_PLUGIN_FILE);
}

/// Whether the library is loaded (loading it on the first call); when not, `message` says why.
static int available(char *message, size_t capacity) {
    pthread_once(&load_once, load);
    if (!loaded) snprintf(message, capacity, "%s", failure);
    return loaded;
}

void attest_pdf_inspect(int fd, const unsigned char *bytes, size_t length, attest_pdf_limits limits,
                        attest_pdf_report *report) {
    memset(report, 0, sizeof *report);
    if (!available(report->message, sizeof report->message)) {
        report->status = ATTEST_PDF_UNAVAILABLE;
        return;
    }
    plugin.inspect(fd, bytes, length, limits, report);
}

void attest_pdf_report_free(attest_pdf_report *report) {
    free(report->images);
    report->images = NULL;
    report->image_count = 0;
}

void attest_pdf_read_signature(const unsigned char *bytes, size_t length, attest_pdf_signature *signature) {
    memset(signature, 0, sizeof *signature);
    if (!available(signature->message, sizeof signature->message)) {
        signature->status = ATTEST_PDF_UNAVAILABLE;
        return;
    }
    plugin.read_signature(bytes, length, signature);
}

void attest_pdf_signature_free(attest_pdf_signature *signature) {
    free(signature->contents);
    free(signature->sub_filter);
    free(signature->info_payload);
    free(signature->info_title);
    signature->contents = NULL;
    signature->sub_filter = NULL;
    signature->info_payload = NULL;
    signature->info_title = NULL;
}

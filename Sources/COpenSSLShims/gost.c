// OpenSSL's ENGINE interface is deprecated in 3.0 but is the only way to the GOST algorithms
// (Debian's libengine-gost-openssl has no provider): used here only, behind one function.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/engine.h>
#include <openssl/err.h>
#include <pthread.h>

#include "attest_openssl.h"

static pthread_once_t gost_once = PTHREAD_ONCE_INIT;
static int gost_loaded = 0;

static void load_gost(void) {
    ENGINE *engine = ENGINE_by_id("gost");
    if (engine == NULL) {
        ERR_clear_error();
        return;
    }
    if (!ENGINE_init(engine)) {
        ENGINE_free(engine);
        ERR_clear_error();
        return;
    }
    // Registered for the algorithms it implements, which only it knows (GOST R 34.10-2012 keys,
    // Streebog, Kuznyechik and Magma): never the default for any other. The functional
    // reference taken by ENGINE_init is kept for the life of the process.
    ENGINE_register_pkey_asn1_meths(engine);
    ENGINE_register_pkey_meths(engine);
    ENGINE_register_digests(engine);
    ENGINE_register_ciphers(engine);
    ENGINE_free(engine);
    ERR_clear_error();
    gost_loaded = 1;
}

int attest_openssl_load_gost(void) {
    pthread_once(&gost_once, load_gost);
    return gost_loaded;
}

EVP_PKEY *attest_openssl_generate_gost(int nid, const char *parameters) {
    if (!attest_openssl_load_gost()) return NULL;
    EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_id(nid, NULL);
    if (context == NULL) return NULL;
    EVP_PKEY *key = NULL;
    if (EVP_PKEY_keygen_init(context) <= 0 || EVP_PKEY_CTX_ctrl_str(context, "paramset", parameters) <= 0
        || EVP_PKEY_keygen(context, &key) <= 0) {
        key = NULL;
    }
    EVP_PKEY_CTX_free(context);
    return key;
}

int attest_openssl_gost_loaded(void) {
    // Read only after the once-routine ran, or before it: then 0, and the caller loads.
    return gost_loaded;
}

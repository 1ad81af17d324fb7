#ifndef ATTEST_OPENSSL_H
#define ATTEST_OPENSSL_H

// OpenSSL's macros and variadic calls as plain functions Swift can call.

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

/// A new RSA key of `bits` bits (EVP_RSA_gen), or NULL.
EVP_PKEY *attest_openssl_generate_rsa(unsigned int bits);
/// A new EC key on the named curve, e.g. "P-256" (EVP_EC_gen), or NULL.
EVP_PKEY *attest_openssl_generate_ec(const char *curve);
/// A new Ed25519 key, or NULL.
EVP_PKEY *attest_openssl_generate_ed25519(void);

/// Loads OpenSSL's gost engine (Debian: libengine-gost-openssl) on the first call, for the GOST
/// algorithms only; returns 1 when they can be used, 0 when the engine is not installed.
int attest_openssl_load_gost(void);
/// Whether attest_openssl_load_gost has loaded the engine, without loading it.
int attest_openssl_gost_loaded(void);
/// A new GOST R 34.10-2012 key, `nid` NID_id_GostR3410_2012_256 or _512, on the named parameter
/// set ("A", "B", ...), or NULL (also without the engine).
EVP_PKEY *attest_openssl_generate_gost(int nid, const char *parameters);

/// A new empty certificate stack that does not own its elements.
STACK_OF(X509) *attest_openssl_x509_stack_new(void);
/// Adds `certificate` without taking a reference; returns 0 on failure.
int attest_openssl_x509_stack_push(STACK_OF(X509) *stack, X509 *certificate);
/// The number of certificates in the stack (sk_X509_num).
int attest_openssl_x509_stack_count(STACK_OF(X509) *stack);
/// The certificate at `index`, without a new reference (sk_X509_value).
X509 *attest_openssl_x509_stack_value(STACK_OF(X509) *stack, int index);
/// Frees the stack only (sk_X509_free).
void attest_openssl_x509_stack_free(STACK_OF(X509) *stack);
/// Frees the stack and every certificate in it (sk_X509_pop_free).
void attest_openssl_x509_stack_free_all(STACK_OF(X509) *stack);

int attest_openssl_signer_info_count(CMS_ContentInfo *cms);
CMS_SignerInfo *attest_openssl_signer_info(CMS_ContentInfo *cms, int index);

/// The bytes a memory BIO holds (BIO_get_mem_data); returns their count.
long attest_openssl_bio_contents(BIO *bio, const unsigned char **bytes);
/// OPENSSL_free.
void attest_openssl_free(void *pointer);

/// Prints `name` in RFC 4514 form, with UTF-8 left as UTF-8 rather than escaped.
int attest_openssl_print_name_rfc4514(BIO *bio, const X509_NAME *name);
/// Adds an X.509v3 extension given in OpenSSL's config syntax, with `issuer` for key identifiers.
int attest_openssl_add_extension(X509 *certificate, X509 *issuer, int nid, const char *value);

/// Reads a PEM-encoded CMS structure (PEM_read_bio_CMS), or NULL.
CMS_ContentInfo *attest_openssl_read_cms_pem(BIO *bio);
/// Writes `cms` as PEM (PEM_write_bio_CMS); returns 1 on success.
int attest_openssl_write_cms_pem(BIO *bio, const CMS_ContentInfo *cms);

/// A passphrase handed to OpenSSL's PEM callbacks.
typedef struct attest_passphrase {
    const char *bytes;
    size_t length;
} attest_passphrase;

/// A pem_password_cb that copies the attest_passphrase at `context`, or refuses (returns -1) when
/// there is none, so OpenSSL never prompts on the terminal.
int attest_openssl_passphrase_callback(char *buffer, int size, int writing, void *context);

#endif

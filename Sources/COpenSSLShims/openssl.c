// pem.h first: cms.h declares its PEM functions only when pem.h came before it.
#include <openssl/pem.h>

#include "attest_openssl.h"

#include <string.h>
#include <openssl/ec.h>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

EVP_PKEY *attest_openssl_generate_rsa(unsigned int bits) {
    return EVP_RSA_gen(bits);
}

EVP_PKEY *attest_openssl_generate_ec(const char *curve) {
    return EVP_EC_gen(curve);
}

EVP_PKEY *attest_openssl_generate_ed25519(void) {
    return EVP_PKEY_Q_keygen(NULL, NULL, "ED25519");
}

STACK_OF(X509) *attest_openssl_x509_stack_new(void) {
    return sk_X509_new_null();
}

int attest_openssl_x509_stack_push(STACK_OF(X509) *stack, X509 *certificate) {
    return sk_X509_push(stack, certificate) > 0;
}

int attest_openssl_x509_stack_count(STACK_OF(X509) *stack) {
    return sk_X509_num(stack);
}

X509 *attest_openssl_x509_stack_value(STACK_OF(X509) *stack, int index) {
    return sk_X509_value(stack, index);
}

void attest_openssl_x509_stack_free(STACK_OF(X509) *stack) {
    sk_X509_free(stack);
}

void attest_openssl_x509_stack_free_all(STACK_OF(X509) *stack) {
    sk_X509_pop_free(stack, X509_free);
}

int attest_openssl_signer_info_count(CMS_ContentInfo *cms) {
    STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms);
    return infos == NULL ? 0 : sk_CMS_SignerInfo_num(infos);
}

CMS_SignerInfo *attest_openssl_signer_info(CMS_ContentInfo *cms, int index) {
    STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms);
    return infos == NULL ? NULL : sk_CMS_SignerInfo_value(infos, index);
}

long attest_openssl_bio_contents(BIO *bio, const unsigned char **bytes) {
    char *data = NULL;
    long count = BIO_get_mem_data(bio, &data);
    *bytes = (const unsigned char *)data;
    return count;
}

void attest_openssl_free(void *pointer) {
    OPENSSL_free(pointer);
}

int attest_openssl_print_name_rfc4514(BIO *bio, const X509_NAME *name) {
    return X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
}

int attest_openssl_add_extension(X509 *certificate, X509 *issuer, int nid, const char *value) {
    X509V3_CTX context;
    memset(&context, 0, sizeof context);
    X509V3_set_ctx(&context, issuer, certificate, NULL, NULL, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(NULL, &context, nid, value);
    if (extension == NULL) return 0;
    int added = X509_add_ext(certificate, extension, -1);
    X509_EXTENSION_free(extension);
    return added;
}

int attest_openssl_passphrase_callback(char *buffer, int size, int writing, void *context) {
    (void)writing;
    const attest_passphrase *passphrase = context;
    if (passphrase == NULL || passphrase->bytes == NULL || size < 0 || passphrase->length > (size_t)size) return -1;
    memcpy(buffer, passphrase->bytes, passphrase->length);
    return (int)passphrase->length;
}

CMS_ContentInfo *attest_openssl_read_cms_pem(BIO *bio) {
    return PEM_read_bio_CMS(bio, NULL, NULL, NULL);
}

int attest_openssl_write_cms_pem(BIO *bio, const CMS_ContentInfo *cms) {
    return PEM_write_bio_CMS(bio, cms);
}

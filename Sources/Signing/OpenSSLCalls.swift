// Every call into OpenSSL is in this file, so the whole C surface of Signing reads at once.
// Each owned pointer has one final class whose deinit frees it; temporaries are freed by `defer`
// in the scope that made them; every return value is checked on the next line; every failure
// drains OpenSSL's thread-local error queue into the thrown error, so the queue is left empty.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AttestCore
import FoundationEssentials
internal import COpenSSLShims
internal import COpenSSL

// MARK: - Errors

/// Empties OpenSSL's error queue, returning its entries as "library: reason" lines.
func drainOpenSSLErrors() -> [String] {
    var reasons: [String] = []
    while true {
        let code = ERR_get_error()
        if code == 0 { break }
        let library = ERR_lib_error_string(code).map { String(cString: $0) } ?? "OpenSSL"
        let reason = ERR_reason_error_string(code).map { String(cString: $0) } ?? "error \(code)"
        reasons.append("\(library): \(reason)")
    }
    return reasons
}

extension SigningError {
    /// An error with OpenSSL's whole error queue attached (and the queue emptied).
    static func openSSL(_ code: Code, _ detail: String) -> SigningError {
        SigningError(code: code, detail: detail, openSSLReasons: drainOpenSSLErrors())
    }
}

// MARK: - Owned pointers

/// Owns an `EVP_PKEY`. OpenSSL 3 keys may be used from several threads at once for signing.
final class OwnedKey: @unchecked Sendable {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { EVP_PKEY_free(pointer) }
}

/// Owns an `X509`. Certificates are read-only once made, so sharing across threads is safe.
final class OwnedCertificate: @unchecked Sendable {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { X509_free(pointer) }
}

/// Owns an `X509_CRL`.
final class OwnedCRL: @unchecked Sendable {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { X509_CRL_free(pointer) }
}

/// Owns a `CMS_ContentInfo`.
private final class OwnedCMS {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { CMS_ContentInfo_free(pointer) }
}

/// Owns a `BIO`.
private final class OwnedBIO {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { BIO_free_all(pointer) }

    /// An empty memory BIO to write into.
    static func memory() throws(SigningError) -> OwnedBIO {
        guard let bio = BIO_new(BIO_s_mem()) else { throw .openSSL(.openSSLFailure, "cannot allocate a memory buffer") }
        return OwnedBIO(bio)
    }

    /// What a memory BIO holds.
    var contents: [UInt8] {
        var bytes: UnsafePointer<UInt8>?
        let count = attest_openssl_bio_contents(pointer, &bytes)
        guard let bytes, count > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: bytes, count: count))
    }
}

/// Runs `body` with a read-only memory BIO over `bytes`.
private func withReadBIO<T>(
    _ bytes: [UInt8], _ body: (OpaquePointer) throws(SigningError) -> T
) throws(SigningError) -> T {
    let result: Result<T, SigningError> = bytes.withUnsafeBytes { buffer in
        guard let bio = BIO_new_mem_buf(buffer.baseAddress, Int32(buffer.count)) else {
            return .failure(.openSSL(.openSSLFailure, "cannot allocate a memory buffer"))
        }
        defer { BIO_free(bio) }
        do throws(SigningError) { return .success(try body(bio)) } catch { return .failure(error) }
    }
    return try result.get()
}

/// Whether `bytes` look like PEM text rather than DER.
private func isPEM(_ bytes: [UInt8]) -> Bool {
    let text = bytes.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    return text.starts(with: Array("-----BEGIN".utf8))
}

/// Runs `body` with a passphrase OpenSSL's PEM callback can read (NULL when there is none).
private func withPassphrase<T>(
    _ passphrase: Passphrase?, _ body: (UnsafeMutableRawPointer?) -> T
) -> T {
    guard let passphrase else { return body(nil) }
    return passphrase.bytes.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { characters in
            var box = attest_passphrase(bytes: characters.baseAddress, length: characters.count)
            return withUnsafeMutablePointer(to: &box) { body(UnsafeMutableRawPointer($0)) }
        }
    }
}

// MARK: - Keys

enum OpenSSLKeys {
    static func generate(_ algorithm: KeyAlgorithm) throws(SigningError) -> OwnedKey {
        if algorithm.isGOST { try GOSTEngine.required(for: algorithm.rawValue) }
        let key: OpaquePointer? = switch algorithm {
        case .ecdsaP256: attest_openssl_generate_ec("P-256")
        case .rsa3072: attest_openssl_generate_rsa(3072)
        case .ed25519: attest_openssl_generate_ed25519()
        case .gost2012_256, .gost2012_512:
            attest_openssl_generate_gost(algorithm == .gost2012_256 ? NID_id_GostR3410_2012_256 : NID_id_GostR3410_2012_512, "A")
        }
        guard let key else { throw .openSSL(.openSSLFailure, "cannot generate a \(algorithm.rawValue) key") }
        return OwnedKey(key)
    }

    /// Reads a private key in PEM (PKCS#8, encrypted or not, or a traditional form) or DER.
    static func read(_ bytes: [UInt8], passphrase: Passphrase?) throws(SigningError) -> OwnedKey {
        let engineWasLoaded = GOSTEngine.loaded
        do {
            return try readOnce(bytes, passphrase: passphrase)
        } catch {
            // A GOST key reads only once the gost engine is loaded: loaded at the first key that
            // does not read without it, then tried again.
            guard !engineWasLoaded, GOSTEngine.available else { throw error }
            return try readOnce(bytes, passphrase: passphrase)
        }
    }

    private static func readOnce(_ bytes: [UInt8], passphrase: Passphrase?) throws(SigningError) -> OwnedKey {
        let pem = isPEM(bytes)
        let key: OpaquePointer? = try withReadBIO(bytes) { bio in
            withPassphrase(passphrase) { context in
                if pem {
                    return PEM_read_bio_PrivateKey(bio, nil, attest_openssl_passphrase_callback, context)
                }
                if let key = d2i_PKCS8PrivateKey_bio(bio, nil, attest_openssl_passphrase_callback, context) {
                    return key
                }
                guard BIO_ctrl(bio, BIO_CTRL_RESET, 0, nil) >= 0 else { return nil }
                return d2i_PrivateKey_bio(bio, nil)
            }
        }
        guard let key else {
            let reasons = drainOpenSSLErrors()
            let encrypted = String(decoding: bytes.prefix(64), as: UTF8.self).contains("ENCRYPTED")
            let detail = encrypted
                ? (passphrase == nil ? "the key is encrypted: give its passphrase" : "the passphrase is wrong, or the key is damaged")
                : "not a private key in PEM or DER"
            throw SigningError(code: .malformedKey, detail: detail, openSSLReasons: reasons)
        }
        ERR_clear_error()  // the DER attempts that failed before one succeeded
        return OwnedKey(key)
    }

    /// The key as PKCS#8 PEM, encrypted with AES-256-CBC when a passphrase is given.
    static func pkcs8PEM(_ key: OwnedKey, passphrase: Passphrase?) throws(SigningError) -> [UInt8] {
        let bio = try OwnedBIO.memory()
        let written: Int32 = if let passphrase {
            passphrase.bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { characters in
                    PEM_write_bio_PKCS8PrivateKey(
                        bio.pointer, key.pointer, EVP_aes_256_cbc(),
                        characters.baseAddress, Int32(characters.count), nil, nil)
                }
            }
        } else {
            PEM_write_bio_PKCS8PrivateKey(bio.pointer, key.pointer, nil, nil, 0, nil, nil)
        }
        guard written == 1 else { throw .openSSL(.openSSLFailure, "cannot write the private key") }
        return bio.contents
    }

    /// The algorithm of `key`, or nil for one Attest does not make (another curve, a short RSA key).
    static func algorithm(of key: OwnedKey) -> KeyAlgorithm? {
        switch EVP_PKEY_get_base_id(key.pointer) {
        case EVP_PKEY_ED25519:
            return .ed25519
        case NID_id_GostR3410_2012_256:
            return .gost2012_256
        case NID_id_GostR3410_2012_512:
            return .gost2012_512
        case EVP_PKEY_RSA:
            return EVP_PKEY_get_bits(key.pointer) >= 3072 ? .rsa3072 : nil
        case EVP_PKEY_EC:
            var name = [CChar](repeating: 0, count: 64)
            var length = 0
            guard EVP_PKEY_get_group_name(key.pointer, &name, name.count, &length) == 1 else {
                ERR_clear_error()
                return nil
            }
            let group = String(decoding: name.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return group == "prime256v1" || group == "P-256" ? .ecdsaP256 : nil
        default:
            return nil
        }
    }
}

// MARK: - Certificates

enum OpenSSLCertificates {
    /// Every certificate in `bytes`: one or more in PEM, or one in DER.
    static func read(_ bytes: [UInt8]) throws(SigningError) -> [OwnedCertificate] {
        // OpenSSL decodes a certificate's key as it reads it: a GOST key, only with the engine
        // loaded before the read (by this thread or another).
        let engineWasLoaded = GOSTEngine.loaded
        let found = try readOnce(bytes)
        guard !engineWasLoaded, found.contains(where: { GOSTEngine.hasGOSTKey($0.pointer) }), GOSTEngine.available else { return found }
        return try readOnce(bytes)
    }

    private static func readOnce(_ bytes: [UInt8]) throws(SigningError) -> [OwnedCertificate] {
        let pem = isPEM(bytes)
        let found: [OwnedCertificate] = try withReadBIO(bytes) { bio in
            if !pem {
                return d2i_X509_bio(bio, nil).map { [OwnedCertificate($0)] } ?? []
            }
            var certificates: [OwnedCertificate] = []
            while let certificate = PEM_read_bio_X509(bio, nil, attest_openssl_passphrase_callback, nil) {
                certificates.append(OwnedCertificate(certificate))
            }
            return certificates
        }
        guard !found.isEmpty else { throw .openSSL(.malformedCertificate, "no X.509 certificate in PEM or DER") }
        ERR_clear_error()  // the read past the last PEM block always fails
        return found
    }

    /// A new certificate for `key`: self-signed (then a CA that may issue others) or issued by `issuer`.
    static func make(
        subject: DistinguishedName, key: OwnedKey, days: Int,
        issuer: (certificate: OwnedCertificate, key: OwnedKey)?, now: Date
    ) throws(SigningError) -> OwnedCertificate {
        guard let raw = X509_new() else { throw .openSSL(.openSSLFailure, "cannot allocate a certificate") }
        let certificate = OwnedCertificate(raw)
        guard X509_set_version(raw, 2) == 1 else { throw .openSSL(.openSSLFailure, "cannot set the version") }

        // A random positive 127-bit serial, as RFC 5280 asks (unique, at most 20 bytes).
        var serial = [UInt8](repeating: 0, count: 16)
        guard RAND_bytes(&serial, Int32(serial.count)) == 1 else { throw .openSSL(.openSSLFailure, "no random serial") }
        serial[0] = serial[0] & 0x7F | 0x40
        guard let number = BN_bin2bn(serial, Int32(serial.count), nil) else { throw .openSSL(.openSSLFailure, "bad serial") }
        defer { BN_free(number) }
        guard BN_to_ASN1_INTEGER(number, X509_get_serialNumber(raw)) != nil else {
            throw .openSSL(.openSSLFailure, "cannot set the serial number")
        }

        var start = time_t(now.timeIntervalSince1970)
        guard ASN1_TIME_set(X509_getm_notBefore(raw), start) != nil,
              X509_time_adj_ex(X509_getm_notAfter(raw), Int32(days), 0, &start) != nil
        else { throw .openSSL(.openSSLFailure, "cannot set the validity period") }

        guard let name = X509_NAME_new() else { throw .openSSL(.openSSLFailure, "cannot allocate a name") }
        defer { X509_NAME_free(name) }
        // RFC 4514 writes the most specific attribute first; the DER order is the reverse.
        for attribute in subject.attributes.reversed() {
            guard X509_NAME_add_entry_by_txt(name, attribute.type, MBSTRING_UTF8, attribute.value, -1, -1, 0) == 1 else {
                throw .openSSL(.invalidSubject, "cannot use the attribute \(attribute.type)")
            }
        }
        guard X509_set_subject_name(raw, name) == 1,
              X509_set_issuer_name(raw, issuer.map { X509_get_subject_name($0.certificate.pointer) } ?? name) == 1,
              X509_set_pubkey(raw, key.pointer) == 1
        else { throw .openSSL(.openSSLFailure, "cannot set the names or the public key") }

        let isAuthority = issuer == nil
        let extensions: [(Int32, String)] = [
            (NID_basic_constraints, isAuthority ? "critical,CA:TRUE" : "critical,CA:FALSE"),
            (NID_key_usage, isAuthority
                ? "critical,digitalSignature,nonRepudiation,keyCertSign,cRLSign"
                : "critical,digitalSignature,nonRepudiation"),
            (NID_subject_key_identifier, "hash"),
            (NID_authority_key_identifier, "keyid:always"),
        ]
        let issuerCertificate = issuer?.certificate.pointer ?? raw
        for (nid, value) in extensions {
            guard attest_openssl_add_extension(raw, issuerCertificate, nid, value) == 1 else {
                throw .openSSL(.openSSLFailure, "cannot add the extension \(value)")
            }
        }

        let signingKey = issuer?.key ?? key
        guard X509_sign(raw, signingKey.pointer, try OpenSSLDigests.signing(with: signingKey)) > 0 else {
            throw .openSSL(.openSSLFailure, "cannot sign the certificate")
        }
        return certificate
    }

    /// Whether `certificate` chains up to one of `anchors` (any of them a trust anchor) at `time`.
    static func chains(_ certificate: OwnedCertificate, to anchors: [OwnedCertificate], at time: Date) -> Bool {
        defer { ERR_clear_error() }
        guard let store = X509_STORE_new() else { return false }
        defer { X509_STORE_free(store) }
        for anchor in anchors { X509_STORE_add_cert(store, anchor.pointer) }
        guard let context = X509_STORE_CTX_new() else { return false }
        defer { X509_STORE_CTX_free(context) }
        guard X509_STORE_CTX_init(context, store, certificate.pointer, nil) == 1 else { return false }
        let parameters = X509_STORE_CTX_get0_param(context)
        X509_VERIFY_PARAM_set_time(parameters, time_t(time.timeIntervalSince1970))
        X509_VERIFY_PARAM_set_flags(parameters, UInt(X509_V_FLAG_PARTIAL_CHAIN))
        return X509_verify_cert(context) == 1
    }

    /// Whether `key` is the private half of the certificate's public key.
    static func matches(_ certificate: OwnedCertificate, _ key: OwnedKey) -> Bool {
        defer { ERR_clear_error() }
        return X509_check_private_key(certificate.pointer, key.pointer) == 1
    }

    static func pem(_ certificate: OwnedCertificate) throws(SigningError) -> [UInt8] {
        let bio = try OwnedBIO.memory()
        guard PEM_write_bio_X509(bio.pointer, certificate.pointer) == 1 else {
            throw .openSSL(.openSSLFailure, "cannot write the certificate")
        }
        return bio.contents
    }

    static func der(_ certificate: OwnedCertificate) throws(SigningError) -> [UInt8] {
        let bio = try OwnedBIO.memory()
        guard i2d_X509_bio(bio.pointer, certificate.pointer) == 1 else {
            throw .openSSL(.openSSLFailure, "cannot encode the certificate")
        }
        return bio.contents
    }

    static func subject(_ certificate: OwnedCertificate) -> String {
        rfc4514(X509_get_subject_name(certificate.pointer))
    }

    static func issuer(_ certificate: OwnedCertificate) -> String {
        rfc4514(X509_get_issuer_name(certificate.pointer))
    }

    /// The value of every subject attribute of type `oid` (dotted numeric), in UTF-8, in DER order.
    /// Read from the name's entries, never from its printed form, where an escaped `\,` in another
    /// attribute's value can look like an attribute of its own.
    static func subjectAttributes(_ certificate: OwnedCertificate, oid: String) -> [String] {
        defer { ERR_clear_error() }
        guard let name = X509_get_subject_name(certificate.pointer),
              let type = OBJ_txt2obj(oid, 1)  // 1: the numeric form only, never a name
        else { return [] }
        defer { ASN1_OBJECT_free(type) }
        var values: [String] = []
        var index: Int32 = -1
        while true {
            index = X509_NAME_get_index_by_OBJ(name, type, index)
            guard index >= 0 else { break }
            guard let entry = X509_NAME_get_entry(name, index), let data = X509_NAME_ENTRY_get_data(entry) else { continue }
            var utf8: UnsafeMutablePointer<UInt8>?
            let length = ASN1_STRING_to_UTF8(&utf8, data)
            guard length >= 0, let utf8 else { continue }
            defer { attest_openssl_free(utf8) }
            values.append(String(decoding: UnsafeBufferPointer(start: utf8, count: Int(length)), as: UTF8.self))
        }
        return values
    }

    private static func rfc4514(_ name: OpaquePointer?) -> String {
        guard let name, let bio = try? OwnedBIO.memory(),
              attest_openssl_print_name_rfc4514(bio.pointer, name) >= 0
        else { return "" }
        return String(decoding: bio.contents, as: UTF8.self)
    }

    /// The serial number in uppercase hex, as `openssl x509 -serial` prints it.
    static func serial(_ certificate: OwnedCertificate) -> String {
        guard let number = ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate.pointer), nil) else { return "" }
        defer { BN_free(number) }
        guard let hex = BN_bn2hex(number) else { return "" }
        defer { attest_openssl_free(hex) }
        let text = String(cString: hex)
        return text.count % 2 == 1 ? "0" + text : text
    }

    /// SHA-256 of the DER encoding, lowercase hex without separators.
    static func fingerprintSHA256(_ certificate: OwnedCertificate) -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard X509_digest(certificate.pointer, EVP_sha256(), &digest, &length) == 1 else { return "" }
        return hex(digest.prefix(Int(length)))
    }

    static func notBefore(_ certificate: OwnedCertificate) -> Date? {
        date(X509_get0_notBefore(certificate.pointer))
    }

    static func notAfter(_ certificate: OwnedCertificate) -> Date? {
        date(X509_get0_notAfter(certificate.pointer))
    }
}

/// An ASN.1 time as a Date.
private func date(_ time: UnsafePointer<ASN1_TIME>?) -> Date? {
    guard let time else { return nil }
    var parts = tm()
    guard ASN1_TIME_to_tm(time, &parts) == 1 else {
        ERR_clear_error()
        return nil
    }
    return Date(timeIntervalSince1970: TimeInterval(timegm(&parts)))
}

func hex(_ bytes: some Sequence<UInt8>) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text = [UInt8]()
    for byte in bytes {
        text.append(digits[Int(byte >> 4)])
        text.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
}

// MARK: - Compact signatures

/// Signatures over short messages, small enough for a QR code: ECDSA P-256 with SHA-256 as r‖s
/// (64 bytes, as JOSE and the EU digital COVID certificate write it), or Ed25519 (64 bytes).
enum OpenSSLCompactSignatures {
    static func sign(_ message: [UInt8], key: OwnedKey) throws(SigningError) -> [UInt8] {
        let type = EVP_PKEY_get_base_id(key.pointer)
        guard type == EVP_PKEY_ED25519 || OpenSSLKeys.algorithm(of: key) == .ecdsaP256 else {
            throw SigningError(code: .unsupportedAlgorithm,
                                      detail: "compact signatures need an ecdsa-p256 or ed25519 key: an RSA signature is too large for a QR code")
        }
        guard let context = EVP_MD_CTX_new() else { throw .openSSL(.openSSLFailure, "cannot start a signature") }
        defer { EVP_MD_CTX_free(context) }
        let digest = type == EVP_PKEY_ED25519 ? nil : EVP_sha256()
        guard EVP_DigestSignInit(context, nil, digest, nil, key.pointer) == 1 else {
            throw .openSSL(.openSSLFailure, "cannot start a signature")
        }
        var length = 0
        guard EVP_DigestSign(context, nil, &length, message, message.count) == 1 else {
            throw .openSSL(.openSSLFailure, "cannot size the signature")
        }
        var signature = [UInt8](repeating: 0, count: length)
        guard EVP_DigestSign(context, &signature, &length, message, message.count) == 1 else {
            throw .openSSL(.openSSLFailure, "cannot sign")
        }
        signature.removeSubrange(length...)
        return type == EVP_PKEY_ED25519 ? signature : try rawECDSA(fromDER: signature)
    }

    static func verify(_ signature: [UInt8], message: [UInt8], certificate: OwnedCertificate) -> Bool {
        defer { ERR_clear_error() }
        guard let key = X509_get0_pubkey(certificate.pointer), signature.count == 64 else { return false }
        let type = EVP_PKEY_get_base_id(key)
        let encoded: [UInt8]
        if type == EVP_PKEY_ED25519 {
            encoded = signature
        } else if type == EVP_PKEY_EC, let der = derECDSA(fromRaw: signature) {
            encoded = der
        } else {
            return false
        }
        guard let context = EVP_MD_CTX_new() else { return false }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestVerifyInit(context, nil, type == EVP_PKEY_ED25519 ? nil : EVP_sha256(), nil, key) == 1 else { return false }
        return EVP_DigestVerify(context, encoded, encoded.count, message, message.count) == 1
    }

    /// The first 8 bytes of the SHA-256 of the certificate's SubjectPublicKeyInfo: which key signed.
    static func keyIdentifier(_ certificate: OwnedCertificate) -> [UInt8] {
        defer { ERR_clear_error() }
        guard let key = X509_get0_pubkey(certificate.pointer) else { return [] }
        var buffer: UnsafeMutablePointer<UInt8>?
        let length = i2d_PUBKEY(key, &buffer)
        guard length > 0, let buffer else { return [] }
        defer { attest_openssl_free(buffer) }
        var digest = [UInt8](repeating: 0, count: 32)
        guard EVP_Digest(buffer, Int(length), &digest, nil, EVP_sha256(), nil) == 1 else { return [] }
        return Array(digest.prefix(8))
    }

    private static func rawECDSA(fromDER der: [UInt8]) throws(SigningError) -> [UInt8] {
        var cursor: UnsafePointer<UInt8>? = nil
        let parsed: OpaquePointer? = der.withUnsafeBufferPointer { buffer in
            cursor = buffer.baseAddress
            return d2i_ECDSA_SIG(nil, &cursor, der.count)
        }
        guard let parsed else { throw .openSSL(.openSSLFailure, "cannot read the ECDSA signature") }
        defer { ECDSA_SIG_free(parsed) }
        var r: OpaquePointer?
        var s: OpaquePointer?
        ECDSA_SIG_get0(parsed, &r, &s)
        var raw = [UInt8](repeating: 0, count: 64)
        guard BN_bn2binpad(r, &raw, 32) == 32,
              raw.withUnsafeMutableBufferPointer({ BN_bn2binpad(s, $0.baseAddress! + 32, 32) }) == 32
        else { throw .openSSL(.openSSLFailure, "cannot encode the ECDSA signature") }
        return raw
    }

    private static func derECDSA(fromRaw raw: [UInt8]) -> [UInt8]? {
        guard let signature = ECDSA_SIG_new() else { return nil }
        defer { ECDSA_SIG_free(signature) }
        guard let r = BN_bin2bn(raw, 32, nil) else { return nil }
        guard let s = raw.withUnsafeBufferPointer({ BN_bin2bn($0.baseAddress! + 32, 32, nil) }) else {
            BN_free(r)
            return nil
        }
        guard ECDSA_SIG_set0(signature, r, s) == 1 else {  // takes r and s on success only
            BN_free(r)
            BN_free(s)
            return nil
        }
        var buffer: UnsafeMutablePointer<UInt8>?
        let length = i2d_ECDSA_SIG(signature, &buffer)
        guard length > 0, let buffer else { return nil }
        defer { attest_openssl_free(buffer) }
        return Array(UnsafeBufferPointer(start: buffer, count: Int(length)))
    }
}

// MARK: - Revocation lists

enum OpenSSLRevocation {
    static func read(_ bytes: [UInt8]) throws(SigningError) -> [OwnedCRL] {
        let pem = isPEM(bytes)
        let found: [OwnedCRL] = try withReadBIO(bytes) { bio in
            if !pem { return d2i_X509_CRL_bio(bio, nil).map { [OwnedCRL($0)] } ?? [] }
            var lists: [OwnedCRL] = []
            while let list = PEM_read_bio_X509_CRL(bio, nil, attest_openssl_passphrase_callback, nil) {
                lists.append(OwnedCRL(list))
            }
            return lists
        }
        guard !found.isEmpty else { throw .openSSL(.malformedCertificate, "no certificate revocation list in PEM or DER") }
        ERR_clear_error()
        return found
    }
}

// MARK: - GOST

/// OpenSSL's gost engine (Debian: libengine-gost-openssl), loaded by Attest itself on the first
/// use of a GOST algorithm, with no system-wide OpenSSL configuration, and registered for the
/// GOST algorithms only: every other algorithm stays with OpenSSL's own providers.
public enum GOSTEngine {
    /// Whether GOST R 34.10-2012 keys and Streebog digests can be used here; loads the engine on
    /// the first call.
    public static var available: Bool { attest_openssl_load_gost() == 1 }

    /// The Debian package that brings it.
    public static let package = "libengine-gost-openssl"

    /// Whether the engine has been loaded (by `available`), without loading it.
    static var loaded: Bool { attest_openssl_gost_loaded() == 1 }

    /// Throws `unsupportedAlgorithm`, saying what to install, when the engine is missing.
    static func required(for algorithm: String) throws(SigningError) {
        guard available else {
            throw SigningError(code: .unsupportedAlgorithm,
                               detail: "\(algorithm) needs OpenSSL's gost engine: install the Debian package \(package)")
        }
    }

    /// The GOST algorithm a SignedData uses, by name, if any: a signer's Streebog digest, or a GOST
    /// key of a certificate in it or among `anchors`.
    static func algorithm(in cms: OpaquePointer, anchors: [OwnedCertificate]) -> String? {
        for index in 0..<max(attest_openssl_signer_info_count(cms), 0) {
            var digestAlgorithm: UnsafeMutablePointer<X509_ALGOR>?
            CMS_SignerInfo_get0_algs(attest_openssl_signer_info(cms, index), nil, nil, &digestAlgorithm, nil)
            var object: OpaquePointer?
            X509_ALGOR_get0(&object, nil, nil, digestAlgorithm)
            if let digest = DigestAlgorithm(nid: OBJ_obj2nid(object)), digest.isGOST { return digest.displayName }
        }
        let included = CMS_get1_certs(cms)
        defer { attest_openssl_x509_stack_free_all(included) }
        let count = included.map { attest_openssl_x509_stack_count($0) } ?? 0
        let keys = (0..<count).compactMap { attest_openssl_x509_stack_value(included, $0) } + anchors.map(\.pointer)
        return keys.contains(where: hasGOSTKey) ? "GOST R 34.10-2012" : nil
    }

    /// Whether `certificate`'s public key is a GOST R 34.10-2012 one, read from its algorithm
    /// identifier (the key itself decodes only once the engine is loaded).
    static func hasGOSTKey(_ certificate: OpaquePointer) -> Bool {
        var object: OpaquePointer?
        guard X509_PUBKEY_get0_param(&object, nil, nil, nil, X509_get_X509_PUBKEY(certificate)) == 1 else { return false }
        let nid = OBJ_obj2nid(object)
        return nid == NID_id_GostR3410_2012_256 || nid == NID_id_GostR3410_2012_512
    }

    /// Whether `key` is a GOST R 34.10-2012 key.
    static func isGOST(_ key: OpaquePointer?) -> Bool { digest(for: key) != nil }

    /// The digest a GOST key signs with: Streebog of its own size. Nil for other keys.
    static func digest(for key: OpaquePointer?) -> DigestAlgorithm? {
        switch EVP_PKEY_get_base_id(key) {
        case NID_id_GostR3410_2012_256: .streebog256
        case NID_id_GostR3410_2012_512: .streebog512
        default: nil
        }
    }
}

// MARK: - Digests

/// The digest algorithms of OpenSSL, fetched once: an implicit fetch per use costs a lookup.
enum OpenSSLDigests {
    private final class FetchedDigest: @unchecked Sendable {
        let pointer: OpaquePointer?
        init(_ name: String) { pointer = EVP_MD_fetch(nil, name, nil) }
        deinit { EVP_MD_free(pointer) }
    }

    private static let sha256 = FetchedDigest("SHA2-256")
    private static let sha384 = FetchedDigest("SHA2-384")
    private static let sha512 = FetchedDigest("SHA2-512")

    /// The algorithm's EVP_MD; nil for a GOST one when the gost engine is not installed.
    static func md(_ algorithm: DigestAlgorithm) -> OpaquePointer? {
        switch algorithm {
        case .sha256: sha256.pointer
        case .sha384: sha384.pointer
        case .sha512: sha512.pointer
        // The engine's digests are legacy ones, found by NID rather than fetched from a provider.
        case .streebog256: GOSTEngine.available ? EVP_get_digestbyname(OBJ_nid2sn(NID_id_GostR3411_2012_256)) : nil
        case .streebog512: GOSTEngine.available ? EVP_get_digestbyname(OBJ_nid2sn(NID_id_GostR3411_2012_512)) : nil
        }
    }

    /// The digest a certificate or CMS signature by `key` is made with: none for Ed25519 (it signs
    /// the message itself), Streebog of the key's size for GOST, else SHA-256.
    static func signing(with key: OwnedKey) throws(SigningError) -> OpaquePointer? {
        if EVP_PKEY_get_base_id(key.pointer) == EVP_PKEY_ED25519 { return nil }
        guard let gost = GOSTEngine.digest(for: key.pointer) else { return EVP_sha256() }
        try GOSTEngine.required(for: gost.displayName)
        return md(gost)
    }

    /// Hashes what `read` hands over, chunk by chunk, until it returns an empty chunk.
    fileprivate static func digest(
        md: OpaquePointer?, reading read: (inout [UInt8]) throws(SigningError) -> Int
    ) throws(SigningError) -> [UInt8] {
        try digest(md: md) { context throws(SigningError) in
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let count = try read(&chunk)
                if count == 0 { break }
                guard EVP_DigestUpdate(context, chunk, count) == 1 else { throw .openSSL(.openSSLFailure, "digest failed") }
            }
        }
    }

    /// Hashes `bytes` at once: no chunk to fill (a token's digest is not worth a megabyte's).
    fileprivate static func digest(md: OpaquePointer?, of bytes: [UInt8]) throws(SigningError) -> [UInt8] {
        try digest(md: md) { context throws(SigningError) in
            guard EVP_DigestUpdate(context, bytes, bytes.count) == 1 else { throw .openSSL(.openSSLFailure, "digest failed") }
        }
    }

    /// A digest context for `md`, fed by `feed`, then finished.
    private static func digest(
        md: OpaquePointer?, feed: (OpaquePointer) throws(SigningError) -> Void
    ) throws(SigningError) -> [UInt8] {
        guard let md, let context = EVP_MD_CTX_new() else { throw .openSSL(.openSSLFailure, "cannot start a digest") }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestInit_ex2(context, md, nil) == 1 else { throw .openSSL(.openSSLFailure, "cannot start a digest") }
        try feed(context)
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context, &output, &length) == 1 else { throw .openSSL(.openSSLFailure, "digest failed") }
        return Array(output.prefix(Int(length)))
    }
}

// MARK: - CMS

/// Where signed content comes from.
enum ContentSource {
    case file(String)
    case bytes([UInt8])

    /// Runs `body` with a BIO reading the content from its start.
    fileprivate func withBIO<T>(_ body: (OpaquePointer) throws(SigningError) -> T) throws(SigningError) -> T {
        switch self {
        case .bytes(let bytes):
            return try withReadBIO(bytes, body)
        case .file(let path):
            guard let bio = BIO_new_file(path, "rb") else {
                ERR_clear_error()
                throw SigningError(code: .unreadableInput, detail: "cannot read \(path): \(String(cString: strerror(errno)))")
            }
            defer { BIO_free(bio) }
            return try body(bio)
        }
    }

    /// Hashes the content with `algorithm`.
    func digest(_ algorithm: DigestAlgorithm) throws(SigningError) -> [UInt8] {
        if algorithm.isGOST { try GOSTEngine.required(for: algorithm.displayName) }
        return try digest(md: OpenSSLDigests.md(algorithm))
    }

    /// Hashes the content with `md`: bytes at once, a file streamed in fixed chunks.
    fileprivate func digest(md: OpaquePointer?) throws(SigningError) -> [UInt8] {
        switch self {
        case .bytes(let bytes):
            return try OpenSSLDigests.digest(md: md, of: bytes)
        case .file(let path):
            let file = try ContentFile(path: path)
            return try OpenSSLDigests.digest(md: md) { chunk throws(SigningError) in try file.read(into: &chunk) }
        }
    }
}

/// A file opened for streaming reads; closes on release.
final class ContentFile {
    private let descriptor: Int32
    let path: String

    init(path: String) throws(SigningError) {
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        self.path = path
        guard descriptor >= 0 else {
            throw SigningError(code: .unreadableInput, detail: "cannot read \(path): \(String(cString: strerror(errno)))")
        }
        posix_fadvise(descriptor, 0, 0, Int32(POSIX_FADV_SEQUENTIAL))
    }

    deinit { close(descriptor) }

    /// Fills `chunk` from the file; returns the count, 0 at the end.
    func read(into chunk: inout [UInt8]) throws(SigningError) -> Int {
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else {
                throw SigningError(code: .ioError, detail: "cannot read \(path): \(String(cString: strerror(errno)))")
            }
            return count
        }
    }
}

enum OpenSSLCMS {
    /// A detached CMS SignedData over the content, SHA-256, with signing-time and message-digest
    /// signed attributes and the signer's certificate and chain included.
    static func sign(
        _ content: ContentSource, key: OwnedKey, certificate: OwnedCertificate, chain: [OwnedCertificate],
        signingTime: Date, pem: Bool
    ) throws(SigningError) -> [UInt8] {
        let flags = UInt32(CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP)
        let (cms, signer) = try start(flags: flags, key: key, certificate: certificate, chain: chain)
        guard let time = ASN1_TIME_set(nil, time_t(signingTime.timeIntervalSince1970)) else {
            throw .openSSL(.openSSLFailure, "cannot encode the signing time")
        }
        defer { ASN1_TIME_free(time) }
        guard CMS_signed_add1_attr_by_NID(signer, NID_pkcs9_signingTime, time.pointee.type, time, -1) == 1 else {
            throw .openSSL(.openSSLFailure, "cannot add the signing time")
        }
        try content.withBIO { bio throws(SigningError) in
            guard CMS_final(cms.pointer, bio, nil, flags) == 1 else { throw .openSSL(.openSSLFailure, "cannot sign the content") }
        }
        let output = try OwnedBIO.memory()
        let written = pem ? attest_openssl_write_cms_pem(output.pointer, cms.pointer) : i2d_CMS_bio(output.pointer, cms.pointer)
        guard written == 1 else { throw .openSSL(.openSSLFailure, "cannot encode the signature") }
        return output.contents
    }

    /// A detached CAdES signature for a PDF's byte range (PAdES baseline B): signed attributes
    /// content-type, message-digest and signing-certificate-v2, and no signing-time (a PDF keeps the
    /// time in /M). OpenSSL's CMS_final always adds a signing time, so the signer info is made
    /// with CMS_PARTIAL and signed here: the DER SET OF its attributes, sorted as DER sorts a SET OF,
    /// is what the signature covers, and what a verifier re-encodes.
    static func signCAdES(
        _ content: [UInt8], key: OwnedKey, certificate: OwnedCertificate, chain: [OwnedCertificate]
    ) throws(SigningError) -> [UInt8] {
        guard !GOSTEngine.isGOST(key.pointer) else {
            throw SigningError(code: .unsupportedAlgorithm, detail: "a PDF's signature is made with an ECDSA or RSA key, not a GOST one")
        }
        let flags = UInt32(CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP | CMS_CADES)
        let (cms, signer) = try start(flags: flags, key: key, certificate: certificate, chain: chain)
        let digest = try ContentSource.bytes(content).digest(.sha256)
        guard CMS_signed_add1_attr_by_NID(signer, NID_pkcs9_contentType, V_ASN1_OBJECT, UnsafeRawPointer(OBJ_nid2obj(NID_pkcs7_data)), -1) == 1,
              CMS_signed_add1_attr_by_NID(signer, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING, digest, Int32(digest.count)) == 1
        else { throw .openSSL(.openSSLFailure, "cannot add the signed attributes") }

        var attributes: [[UInt8]] = []
        for index in 0..<CMS_signed_get_attr_count(signer) {
            var buffer: UnsafeMutablePointer<UInt8>?
            let length = i2d_X509_ATTRIBUTE(CMS_signed_get_attr(signer, index), &buffer)
            guard length > 0, let buffer else { throw .openSSL(.openSSLFailure, "cannot encode a signed attribute") }
            attributes.append(Array(UnsafeBufferPointer(start: buffer, count: Int(length))))
            attest_openssl_free(buffer)
        }
        let body = attributes.sorted { $0.lexicographicallyPrecedes($1) }.joined()
        let signedAttributes = [0x31] + derLength(body.count) + body

        guard let context = EVP_MD_CTX_new() else { throw .openSSL(.openSSLFailure, "cannot start a signature") }
        defer { EVP_MD_CTX_free(context) }
        var length = 0
        guard EVP_DigestSignInit(context, nil, EVP_sha256(), nil, key.pointer) == 1,
              EVP_DigestSign(context, nil, &length, signedAttributes, signedAttributes.count) == 1
        else { throw .openSSL(.openSSLFailure, "cannot sign the attributes") }
        var signature = [UInt8](repeating: 0, count: length)
        guard EVP_DigestSign(context, &signature, &length, signedAttributes, signedAttributes.count) == 1,
              ASN1_STRING_set(CMS_SignerInfo_get0_signature(signer), signature, Int32(length)) == 1
        else { throw .openSSL(.openSSLFailure, "cannot sign the attributes") }

        let output = try OwnedBIO.memory()
        guard i2d_CMS_bio(output.pointer, cms.pointer) == 1 else { throw .openSSL(.openSSLFailure, "cannot encode the signature") }
        return output.contents
    }

    /// A partial SignedData with one signer (SHA-256, or Streebog for a GOST key) and the chain,
    /// for `sign` and `signCAdES` to finish.
    private static func start(
        flags: UInt32, key: OwnedKey, certificate: OwnedCertificate, chain: [OwnedCertificate]
    ) throws(SigningError) -> (OwnedCMS, signer: OpaquePointer) {
        guard let raw = CMS_sign(nil, nil, nil, nil, flags) else { throw .openSSL(.openSSLFailure, "cannot start a signature") }
        let cms = OwnedCMS(raw)
        guard let signer = CMS_add1_signer(raw, certificate.pointer, key.pointer, try OpenSSLDigests.signing(with: key), flags) else {
            throw .openSSL(.openSSLFailure, "cannot add the signer")
        }
        for certificate in chain {
            guard CMS_add1_cert(raw, certificate.pointer) == 1 else { throw .openSSL(.openSSLFailure, "cannot add the chain") }
        }
        return (cms, signer)
    }

    /// A DER length.
    private static func derLength(_ count: Int) -> [UInt8] {
        if count < 0x80 { return [UInt8(count)] }
        var bytes: [UInt8] = []
        var value = count
        while value > 0 {
            bytes.insert(UInt8(value & 0xFF), at: 0)
            value >>= 8
        }
        return [0x80 | UInt8(bytes.count)] + bytes
    }

    /// What a detached signature holds and what OpenSSL finds in it, for a policy to judge: each
    /// SignerInfo's digest algorithm, the content's digest under it, its signed attributes and
    /// signature value; then the first signer's certificate, its chain verified up to `anchors`
    /// only (never the system store) at `chainTime`, and again with `revocationLists` at
    /// `revocationTime`. Throws only when the content cannot be read.
    static func examine(
        signature: [UInt8], content: ContentSource, anchors: [OwnedCertificate], revocationLists: [OwnedCRL],
        chainAt chainTime: Date, revocationAt revocationTime: Date
    ) throws(SigningError) -> SignatureFacts {
        defer { ERR_clear_error() }

        // The signature: DER or PEM, SignedData, and its signers.
        let read = { () -> OwnedCMS? in
            let parsed: OpaquePointer? = try? withReadBIO(signature) { bio in
                isPEM(signature) ? attest_openssl_read_cms_pem(bio) : d2i_CMS_bio(bio, nil)
            }
            return parsed.map(OwnedCMS.init)
        }
        let engineWasLoaded = GOSTEngine.loaded
        guard var cms = read() else { return SignatureFacts(form: .undecodable(reason: drainOpenSSLErrors().last)) }
        guard OBJ_obj2nid(CMS_get0_type(cms.pointer)) == NID_pkcs7_signed else { return SignatureFacts(form: .notSignedData) }
        var facts = SignatureFacts(form: .signedData)
        // GOST needs the gost engine, loaded before the signature is read (OpenSSL decodes the
        // keys of the certificates in it as it reads them): read again once it is. Without the
        // engine nothing more can be checked, and the verdict says what to install.
        if !engineWasLoaded, let gost = GOSTEngine.algorithm(in: cms.pointer, anchors: anchors) {
            guard GOSTEngine.available, let again = read() else {
                facts.gostUnavailable = gost
                return facts
            }
            cms = again
        }
        let signerCount = Int(attest_openssl_signer_info_count(cms.pointer))
        let signerInfos = (0..<max(signerCount, 0)).compactMap { attest_openssl_signer_info(cms.pointer, Int32($0)) }
        guard !signerInfos.isEmpty else { return facts }

        // The signers' certificates: in the signature, or among the given certificates.
        let given = attest_openssl_x509_stack_new()
        defer { attest_openssl_x509_stack_free(given) }
        for anchor in anchors { _ = attest_openssl_x509_stack_push(given, anchor.pointer) }
        _ = CMS_set1_signers_certs(cms.pointer, given, 0)
        ERR_clear_error()

        // Each signer's digest algorithm, the content's digest under it, its signed attributes and
        // the signature over them. A digest is computed once per algorithm.
        var digests: [Int32: [UInt8]] = [:]
        var certificates: [OpaquePointer?] = []
        for info in signerInfos {
            var certificate: OpaquePointer?
            var digestAlgorithm: UnsafeMutablePointer<X509_ALGOR>?
            CMS_SignerInfo_get0_algs(info, nil, &certificate, &digestAlgorithm, nil)
            var object: OpaquePointer?
            X509_ALGOR_get0(&object, nil, nil, digestAlgorithm)
            let nid = OBJ_obj2nid(object)
            let algorithm = DigestAlgorithm(nid: nid)
            let digestName = OBJ_nid2sn(nid).map { String(cString: $0) }?.lowercased() ?? "unknown"
            let digest: [UInt8]
            if let known = digests[nid] {
                digest = known
            } else {
                // An unsupported digest (SHA-1, MD5) is still computed, to report what the content hashes to.
                digest = try content.digest(md: algorithm.map(OpenSSLDigests.md) ?? EVP_get_digestbyname(OBJ_nid2sn(nid)))
                digests[nid] = digest
            }
            let hasSignedAttributes = CMS_signed_get_attr_count(info) > 0
            var signer = SignerFacts(
                digestAlgorithm: algorithm,
                digestName: digestName,
                contentDigest: digest,
                hasSignedAttributes: hasSignedAttributes,
                messageDigest: hasSignedAttributes ? messageDigest(info) : nil,
                signingTime: signingTime(info),
                certificateFound: certificate != nil)
            if hasSignedAttributes, certificate != nil {
                signer.attributesSignatureValue = CMS_SignerInfo_verify(info) == 1 ? .verifies : .wrong(reason: drainOpenSSLErrors().last)
            }
            facts.signers.append(signer)
            certificates.append(certificate)
        }
        if facts.signers.contains(where: { !$0.hasSignedAttributes && $0.certificateFound }) {
            // No signed attributes: the signature is over the content itself; CMS_verify checks
            // every signer's signature value (and the message digests of those that have them).
            let flags = UInt32(CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY)
            let verified = (try? content.withBIO { bio in CMS_verify(cms.pointer, nil, nil, bio, nil, flags) }) ?? 0
            facts.contentSignatureValue = verified == 1 ? .verifies : .wrong(reason: drainOpenSSLErrors().last)
        }

        // The first signer's certificate and its chain.
        guard let first = certificates[0] else { return facts }
        guard X509_up_ref(first) == 1 else { return facts }
        let signer = OwnedCertificate(first)
        facts.signerCertificate = SignerCertificateFacts(
            identity: SignerIdentity(signer),
            notBefore: OpenSSLCertificates.notBefore(signer),
            notAfter: OpenSSLCertificates.notAfter(signer),
            chainFailure: verifyChain(signer, cms: cms, anchors: anchors, revocationLists: [], at: chainTime),
            revocationFailure: revocationLists.isEmpty ? nil
                : verifyChain(signer, cms: cms, anchors: anchors, revocationLists: revocationLists, at: revocationTime))
        return facts
    }

    /// Builds and checks the signer's chain up to the given anchors at `time`; nil when it holds,
    /// else OpenSSL's verification error and the depth it was found at.
    private static func verifyChain(
        _ signer: OwnedCertificate, cms: OwnedCMS, anchors: [OwnedCertificate], revocationLists: [OwnedCRL], at time: Date
    ) -> ChainFailure? {
        let outOfMemory = ChainFailure(error: .outOfMemory, depth: 0)
        guard let store = X509_STORE_new() else { return outOfMemory }
        defer { X509_STORE_free(store) }
        for anchor in anchors { X509_STORE_add_cert(store, anchor.pointer) }
        for list in revocationLists { X509_STORE_add_crl(store, list.pointer) }
        ERR_clear_error()  // adding a certificate twice is not an error worth keeping
        let included = CMS_get1_certs(cms.pointer)
        defer { attest_openssl_x509_stack_free_all(included) }
        guard let context = X509_STORE_CTX_new() else { return outOfMemory }
        defer { X509_STORE_CTX_free(context) }
        guard X509_STORE_CTX_init(context, store, signer.pointer, included) == 1 else { return outOfMemory }
        X509_STORE_CTX_set_default(context, "smime_sign")
        let parameters = X509_STORE_CTX_get0_param(context)
        X509_VERIFY_PARAM_set_time(parameters, time_t(time.timeIntervalSince1970))
        // Any given certificate is an anchor, a CA's intermediate too; none from the system store.
        var flags = UInt(X509_V_FLAG_PARTIAL_CHAIN)
        if !revocationLists.isEmpty { flags |= UInt(X509_V_FLAG_CRL_CHECK) }
        X509_VERIFY_PARAM_set_flags(parameters, flags)
        if X509_verify_cert(context) == 1 { return nil }
        let error = X509_STORE_CTX_get_error(context)
        ERR_clear_error()
        return ChainFailure(error: ChainError(code: error), depth: Int(X509_STORE_CTX_get_error_depth(context)))
    }

    private static func messageDigest(_ signerInfo: OpaquePointer) -> [UInt8]? {
        guard let raw = CMS_signed_get0_data_by_OBJ(signerInfo, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING) else {
            ERR_clear_error()
            return nil
        }
        let string = raw.assumingMemoryBound(to: ASN1_STRING.self)
        guard let data = ASN1_STRING_get0_data(string) else { return nil }
        return Array(UnsafeBufferPointer(start: data, count: Int(ASN1_STRING_length(string))))
    }

    private static func signingTime(_ signerInfo: OpaquePointer) -> Date? {
        for type in [V_ASN1_UTCTIME, V_ASN1_GENERALIZEDTIME] {
            if let raw = CMS_signed_get0_data_by_OBJ(signerInfo, OBJ_nid2obj(NID_pkcs9_signingTime), -3, type) {
                return date(UnsafePointer(raw.assumingMemoryBound(to: ASN1_TIME.self)))
            }
            ERR_clear_error()
        }
        return nil
    }
}

extension DigestAlgorithm {
    init?(nid: Int32) {
        switch nid {
        case NID_sha256: self = .sha256
        case NID_sha384: self = .sha384
        case NID_sha512: self = .sha512
        case NID_id_GostR3411_2012_256: self = .streebog256
        case NID_id_GostR3411_2012_512: self = .streebog512
        default: return nil
        }
    }
}

extension ChainError {
    static let issuerNotFoundLocally = ChainError(code: X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY)
    static let issuerNotFound = ChainError(code: X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT)
    static let leafSignatureUnverifiable = ChainError(code: X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE)
    static let selfSignedLeaf = ChainError(code: X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT)
    static let selfSignedInChain = ChainError(code: X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN)
    static let expired = ChainError(code: X509_V_ERR_CERT_HAS_EXPIRED)
    static let notYetValid = ChainError(code: X509_V_ERR_CERT_NOT_YET_VALID)
    static let issuerSignatureWrong = ChainError(code: X509_V_ERR_CERT_SIGNATURE_FAILURE)
    static let notAnAuthority = ChainError(code: X509_V_ERR_INVALID_CA)
    static let wrongPurpose = ChainError(code: X509_V_ERR_INVALID_PURPOSE)
    static let revoked = ChainError(code: X509_V_ERR_CERT_REVOKED)
    static let outOfMemory = ChainError(code: X509_V_ERR_OUT_OF_MEM)

    /// OpenSSL's words for the error, in English.
    var words: String { String(cString: X509_verify_cert_error_string(Int(code))) }
}

extension SignerIdentity {
    init(_ certificate: OwnedCertificate) {
        self.init(
            subject: OpenSSLCertificates.subject(certificate),
            issuer: OpenSSLCertificates.issuer(certificate),
            serial: OpenSSLCertificates.serial(certificate),
            fingerprintSHA256: OpenSSLCertificates.fingerprintSHA256(certificate),
            snils: OpenSSLCertificates.subjectAttributes(certificate, oid: RussianIdentifier.snils.rawValue),
            inn: OpenSSLCertificates.subjectAttributes(certificate, oid: RussianIdentifier.inn.rawValue),
            ogrn: OpenSSLCertificates.subjectAttributes(certificate, oid: RussianIdentifier.ogrn.rawValue),
            ogrnip: OpenSSLCertificates.subjectAttributes(certificate, oid: RussianIdentifier.ogrnip.rawValue))
    }
}

import Foundation

/// How a signature file is encoded.
public enum SignatureEncoding: String, Sendable, Hashable {
    case der, pem
}

/// Makes detached CMS (PKCS#7) signatures that `openssl cms -verify` accepts.
public enum ConsentSigner {
    /// Signs the exact bytes of the file at `path` (streamed, no line-ending changes).
    public static func sign(
        fileAt path: String, key: SigningKey, certificate: Certificate, chain: [Certificate] = [],
        signingTime: Date = Date(), encoding: SignatureEncoding = .der
    ) throws(ConsentSigningError) -> [UInt8] {
        try sign(.file(path), key: key, certificate: certificate, chain: chain, signingTime: signingTime, encoding: encoding)
    }

    /// Signs `bytes`.
    public static func sign(
        bytes: [UInt8], key: SigningKey, certificate: Certificate, chain: [Certificate] = [],
        signingTime: Date = Date(), encoding: SignatureEncoding = .der
    ) throws(ConsentSigningError) -> [UInt8] {
        try sign(.bytes(bytes), key: key, certificate: certificate, chain: chain, signingTime: signingTime, encoding: encoding)
    }

    /// A SignedData with SHA-256, the signing-time and message-digest signed attributes, and the
    /// signer's certificate and chain. Ed25519 is refused: OpenSSL 3.0's CMS cannot sign with it,
    /// and a signature nobody can verify must not be made.
    static func sign(
        _ content: ContentSource, key: SigningKey, certificate: Certificate, chain: [Certificate],
        signingTime: Date, encoding: SignatureEncoding
    ) throws(ConsentSigningError) -> [UInt8] {
        guard key.algorithm != .ed25519 else {
            throw ConsentSigningError(
                code: .unsupportedAlgorithm,
                detail: "Ed25519 keys cannot make CMS signatures with OpenSSL 3.0 (no digest is defined for "
                    + "them in CMS); use an ecdsa-p256 or rsa-3072 key. Ed25519 is for the certificate QR code")
        }
        guard certificate.belongs(to: key) else {
            throw ConsentSigningError(code: .keyMismatch, detail: "the private key does not belong to the certificate")
        }
        return try OpenSSLCMS.sign(
            content, key: key.owned, certificate: certificate.owned, chain: chain.map(\.owned),
            signingTime: signingTime, pem: encoding == .pem)
    }
}

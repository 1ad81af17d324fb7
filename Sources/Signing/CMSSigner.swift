import AttestCore
import FoundationEssentials

/// How a signature file is encoded.
public enum SignatureEncoding: String, Sendable, Hashable {
    case der, pem
}

/// Makes detached CMS (PKCS#7) signatures that `openssl cms -verify` accepts, with one key and
/// certificate checked once, so a batch of files pays for the checks once.
public struct CMSSigner: Sendable {
    let key: SigningKey
    let certificate: X509Certificate
    let chain: [X509Certificate]

    /// A signer with `key`, whose certificate is `certificate`, including `chain` in each signature.
    /// Ed25519 is refused: OpenSSL 3.0's CMS cannot sign with it, and a signature nobody can verify
    /// must not be made.
    public init(key: SigningKey, certificate: X509Certificate, chain: [X509Certificate] = []) throws(SigningError) {
        guard key.algorithm != .ed25519 else {
            throw SigningError(
                code: .unsupportedAlgorithm,
                detail: "Ed25519 keys cannot make CMS signatures with OpenSSL 3.0 (no digest is defined for "
                    + "them in CMS); use an ecdsa-p256 or rsa-3072 key. Ed25519 is for the certificate QR code")
        }
        guard certificate.belongs(to: key) else {
            throw SigningError(code: .keyMismatch, detail: "the private key does not belong to the certificate")
        }
        self.key = key
        self.certificate = certificate
        self.chain = chain
    }

    /// Signs the exact bytes of the file at `path` (streamed, no line-ending changes): SHA-256,
    /// the signing-time and message-digest signed attributes, the certificate and chain included.
    /// Throws `signerExpired` or `signerNotYetValid` when the certificate is not valid at
    /// `signingTime`: a verifier would refuse what was made.
    public func sign(
        fileAt path: String, signingTime: Date = Date(), encoding: SignatureEncoding = .der
    ) throws(SigningError) -> [UInt8] {
        try sign(.file(path), signingTime: signingTime, encoding: encoding)
    }

    /// Signs `bytes`.
    public func sign(
        bytes: [UInt8], signingTime: Date = Date(), encoding: SignatureEncoding = .der
    ) throws(SigningError) -> [UInt8] {
        try sign(.bytes(bytes), signingTime: signingTime, encoding: encoding)
    }

    /// A detached CAdES signature of `bytes` for a PDF signature's /Contents (PAdES baseline B,
    /// SubFilter ETSI.CAdES.detached): SHA-256, signing-certificate-v2, no signing-time attribute.
    /// Throws when the certificate is not valid now, as `sign` does.
    public func signCAdES(bytes: [UInt8]) throws(SigningError) -> [UInt8] {
        try checkValidity(at: Date())
        return try OpenSSLCMS.signCAdES(bytes, key: key.owned, certificate: certificate.owned, chain: chain.map(\.owned))
    }

    /// The size of the certificates a signature carries, in bytes: what a /Contents placeholder
    /// must hold besides the signature itself.
    public var certificateBytes: Int {
        ([certificate] + chain).reduce(0) { $0 + ((try? $1.der())?.count ?? 2048) }
    }

    private func sign(_ content: ContentSource, signingTime: Date, encoding: SignatureEncoding) throws(SigningError) -> [UInt8] {
        try checkValidity(at: signingTime)
        return try OpenSSLCMS.sign(
            content, key: key.owned, certificate: certificate.owned, chain: chain.map(\.owned),
            signingTime: signingTime, pem: encoding == .pem)
    }

    /// Refuses a signing time outside the certificate's validity period.
    private func checkValidity(at time: Date) throws(SigningError) {
        if let start = certificate.notBefore, time < start {
            throw SigningError(
                code: .signerNotYetValid,
                detail: "the signer's certificate is valid only from \(Instants.display(start)): it cannot sign at \(Instants.display(time))")
        }
        if let end = certificate.notAfter, time > end {
            throw SigningError(
                code: .signerExpired,
                detail: "the signer's certificate expired at \(Instants.display(end)): it cannot sign at \(Instants.display(time))")
        }
    }
}

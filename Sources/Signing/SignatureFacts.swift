import FoundationEssentials

/// What a detached CMS signature holds and what OpenSSL found when it checked it, judged by
/// nothing: the OpenSSL layer gathers these, and `SignaturePolicy` decides which are problems.
struct SignatureFacts {
    /// How far the signature could be read.
    enum Form {
        /// Neither a DER nor a PEM CMS structure; OpenSSL's last reason, if it gave one.
        case undecodable(reason: String?)
        /// A CMS structure of another type than SignedData.
        case notSignedData
        /// A SignedData: its signers are in `signers`.
        case signedData
    }

    var form: Form
    /// Every SignerInfo, in the order the SignedData lists them.
    var signers: [SignerFacts] = []
    /// OpenSSL's check of every signer's signature value over the content itself, made when a
    /// signer whose certificate was found has no signed attributes; nil when it was not made.
    var contentSignatureValue: SignatureValue?
    /// The first signer's certificate and what its chain verification found, when that
    /// certificate is in the signature or among the trust anchors.
    var signerCertificate: SignerCertificateFacts?
    /// The GOST algorithm a signer uses when OpenSSL's gost engine is not installed: then nothing
    /// past it was examined.
    var gostUnavailable: String?
}

/// One SignerInfo of a SignedData.
struct SignerFacts {
    /// The digest algorithm, when it is one of Attest's.
    var digestAlgorithm: DigestAlgorithm?
    /// OpenSSL's short name of the digest algorithm, lowercase: "sha256", "sha1", "md5".
    var digestName: String
    /// The content's digest under that algorithm.
    var contentDigest: [UInt8]
    /// Whether the SignerInfo has signed attributes: then its signature covers them, and they
    /// carry the content's digest, rather than covering the content itself.
    var hasSignedAttributes: Bool
    /// The message-digest signed attribute, when there is one.
    var messageDigest: [UInt8]?
    /// The signing-time signed attribute, when there is one: the signer's own claim.
    var signingTime: Date?
    /// Whether the signer's certificate is in the signature or among the trust anchors.
    var certificateFound: Bool
    /// OpenSSL's check of the signature value over the signed attributes; nil when there are no
    /// signed attributes or no certificate to check it with.
    var attributesSignatureValue: SignatureValue?
}

/// Whether a signature value verifies with the signer's public key.
enum SignatureValue {
    case verifies
    /// It does not; OpenSSL's last reason, if it gave one.
    case wrong(reason: String?)
}

/// The first signer's certificate and what OpenSSL's verification of its chain found.
struct SignerCertificateFacts {
    var identity: SignerIdentity
    /// The start of the certificate's validity period.
    var notBefore: Date?
    /// The end of the certificate's validity period.
    var notAfter: Date?
    /// What the chain verification up to the trust anchors found wrong; nil when the chain holds.
    var chainFailure: ChainFailure?
    /// What the chain verification with the revocation lists found wrong; nil when the chain
    /// holds or no list was given.
    var revocationFailure: ChainFailure?
}

/// What OpenSSL's chain verification stopped at.
struct ChainFailure {
    var error: ChainError
    /// How far up the chain the certificate it concerns is: 0 for the signer's own.
    var depth: Int
}

/// One outcome of OpenSSL's chain verification: an `X509_V_ERR_` code. The codes a policy names
/// and OpenSSL's words for each are in the OpenSSL layer.
struct ChainError: Hashable {
    let code: Int32
}

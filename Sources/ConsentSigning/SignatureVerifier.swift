import AttestCore
import FoundationEssentials

/// Who signed: the signer certificate's names and identifiers.
public struct SignerIdentity: Sendable, Hashable, JSONRepresentable {
    /// Subject, RFC 4514.
    public let subject: String
    /// Issuer, RFC 4514.
    public let issuer: String
    /// Serial number, uppercase hex as `openssl x509 -serial` prints it.
    public let serial: String
    /// SHA-256 of the certificate, lowercase hex without colons.
    public let fingerprintSHA256: String

    public func json(in language: Language) -> JSONValue {
        .members(["subject": .string(subject), "issuer": .string(issuer), "serial": .string(serial),
                  "fingerprintSHA256": .string(fingerprintSHA256)])
    }
}

/// A digest by name and value (lowercase hex).
public struct DigestValue: Sendable, Hashable, JSONRepresentable {
    public let algorithm: String
    public let value: String

    public func json(in language: Language) -> JSONValue {
        .members(["algorithm": .string(algorithm), "value": .string(value)])
    }
}

/// The verdict on a detached signature: what was checked and every problem found.
public struct SignatureVerification: Sendable, JSONRepresentable {
    /// The signer, when the signature names one whose certificate could be found.
    public let signer: SignerIdentity?
    /// The signing time the signature states, if any.
    public let signedAt: Date?
    /// The content's digest under the signature's digest algorithm.
    public let digest: DigestValue?
    /// Everything wrong, in the project's one problem shape.
    public let problems: [Problem]

    /// Whether the signature is valid: no problem of severity error.
    public var valid: Bool { !problems.containsError }

    /// `{"valid", "signer", "signedAt", "digest", "problems"}`; `signedAt` an ISO 8601 instant in UTC.
    public func json(in language: Language) -> JSONValue {
        .members([
            "valid": .bool(valid),
            "signer": .value(signer, in: language),
            "signedAt": .string(signedAt.map(Instants.iso)),
            "digest": .value(digest, in: language),
            "problems": .array(problems, in: language),
        ])
    }
}

/// Checks detached CMS signatures: content digest, signature, and the signer's chain.
public enum SignatureVerifier {
    /// Verifies `signature` (DER or PEM) over the file at `path` against `trustAnchors` only
    /// (never the system store). The signer's certificate must be valid at `time`, or else at the
    /// signing time the signature states, or else now; a signing time more than five minutes
    /// after `now` is refused. Throws only when the content cannot be read.
    public static func verify(
        fileAt path: String, signature: [UInt8], trustAnchors: [Certificate],
        revocationLists: [RevocationList] = [], at time: Date? = nil, now: Date = Date()
    ) throws(ConsentSigningError) -> SignatureVerification {
        try verify(.file(path), signature, trustAnchors, revocationLists, time, now)
    }

    /// Verifies `signature` over `bytes`.
    public static func verify(
        bytes: [UInt8], signature: [UInt8], trustAnchors: [Certificate],
        revocationLists: [RevocationList] = [], at time: Date? = nil, now: Date = Date()
    ) throws(ConsentSigningError) -> SignatureVerification {
        try verify(.bytes(bytes), signature, trustAnchors, revocationLists, time, now)
    }

    private static func verify(
        _ content: ContentSource, _ signature: [UInt8], _ anchors: [Certificate],
        _ lists: [RevocationList], _ time: Date?, _ now: Date
    ) throws(ConsentSigningError) -> SignatureVerification {
        let raw = OpenSSLCMS.verify(
            signature: signature, content: content, anchors: anchors.map(\.owned),
            revocationLists: lists.map(\.owned), at: time, now: now)
        if let error = raw.contentError { throw error }
        return SignatureVerification(
            signer: raw.signer, signedAt: raw.signedAt,
            digest: raw.digest.map { DigestValue(algorithm: raw.digestAlgorithm ?? "unknown", value: hex($0)) },
            problems: raw.problems)
    }
}

/// What the OpenSSL layer found, before it becomes a public verdict.
struct RawVerification {
    var problems: [Problem] = []
    var signer: SignerIdentity?
    var signedAt: Date?
    var digestAlgorithm: String?
    var digest: [UInt8]?
    var contentError: ConsentSigningError?

    mutating func malformed(_ reason: String) {
        problems.append(Problem(.malformedSignature, arguments: ["reason": .text(reason)]))
    }
}

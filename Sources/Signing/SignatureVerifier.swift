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
    /// Every SNILS attribute (OID 1.2.643.100.3) of the subject, as written, in DER order: read
    /// from the name's attributes, not its printed form. Empty when there is none; whether one
    /// SNILS names a person is the caller's policy.
    public let snils: [String]
    /// Likewise every INN of a person (1.2.643.3.131.1.1), OGRN (1.2.643.100.1) and OGRNIP
    /// (1.2.643.100.5): the identifiers a Russian qualified certificate carries.
    public let inn: [String]
    public let ogrn: [String]
    public let ogrnip: [String]

    public init(subject: String, issuer: String, serial: String, fingerprintSHA256: String,
                snils: [String], inn: [String] = [], ogrn: [String] = [], ogrnip: [String] = []) {
        (self.subject, self.issuer, self.serial, self.fingerprintSHA256) = (subject, issuer, serial, fingerprintSHA256)
        (self.snils, self.inn, self.ogrn, self.ogrnip) = (snils, inn, ogrn, ogrnip)
    }

    public func json(in language: Language) -> JSONValue {
        .members(["subject": .string(subject), "issuer": .string(issuer), "serial": .string(serial),
                  "fingerprintSHA256": .string(fingerprintSHA256), "snils": .array(snils.map(JSONValue.string)),
                  "inn": .array(inn.map(JSONValue.string)), "ogrn": .array(ogrn.map(JSONValue.string)),
                  "ogrnip": .array(ogrnip.map(JSONValue.string))])
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
    /// The signing time the signature states, if any: the signer's claim, reported but not
    /// what the certificate is checked at.
    public let signedAt: Date?
    /// The instant the signer's certificate and chain were checked at: `at` when the caller gave
    /// one, else the time of verification.
    public let checkedAt: Date
    /// Whether `checkedAt` was given by the caller (`at:`, `--at`) rather than the time of verification.
    public let checkedAtGiven: Bool
    /// The content's digest under the signature's digest algorithm.
    public let digest: DigestValue?
    /// Everything wrong, in the project's one problem shape.
    public let problems: [Problem]

    /// Whether the signature is valid: no problem of severity error.
    public var valid: Bool { !problems.containsError }

    /// `{"valid", "signer", "signedAt", "checkedAt", "checkedAtGiven", "digest", "problems"}`;
    /// instants in ISO 8601, UTC.
    public func json(in language: Language) -> JSONValue {
        .members([
            "valid": .bool(valid),
            "signer": .value(signer, in: language),
            "signedAt": .string(signedAt.map(Instants.iso)),
            "checkedAt": .string(Instants.iso(checkedAt)),
            "checkedAtGiven": .bool(checkedAtGiven),
            "digest": .value(digest, in: language),
            "problems": .array(problems, in: language),
        ])
    }
}

/// Checks detached CMS signatures: content digest, signature, and the signer's chain.
public enum SignatureVerifier {
    /// Verifies `signature` (DER or PEM) over the file at `path` against `trustAnchors` only
    /// (never the system store). The signer's certificate and chain must be valid at `time` when
    /// given, else at `now`: the signing time the signature states is the signer's own claim (an
    /// expired key can write any), so without a trusted timestamp it proves nothing. That time is
    /// reported, and refused when more than five minutes after `now`. A SignedData with more than
    /// one signer is refused: a consent has one. Throws only when the content cannot be read.
    public static func verify(
        fileAt path: String, signature: [UInt8], trustAnchors: [X509Certificate],
        revocationLists: [RevocationList] = [], at time: Date? = nil, now: Date = Date()
    ) throws(SigningError) -> SignatureVerification {
        try verify(.file(path), signature, trustAnchors, revocationLists, time, now)
    }

    /// Verifies `signature` over `bytes`.
    public static func verify(
        bytes: [UInt8], signature: [UInt8], trustAnchors: [X509Certificate],
        revocationLists: [RevocationList] = [], at time: Date? = nil, now: Date = Date()
    ) throws(SigningError) -> SignatureVerification {
        try verify(.bytes(bytes), signature, trustAnchors, revocationLists, time, now)
    }

    private static func verify(
        _ content: ContentSource, _ signature: [UInt8], _ anchors: [X509Certificate],
        _ lists: [RevocationList], _ time: Date?, _ now: Date
    ) throws(SigningError) -> SignatureVerification {
        let checkedAt = time ?? now
        // Revocation is a state of now: a revocation list speaks of the time it was issued, not
        // of `checkedAt`.
        let facts = try OpenSSLCMS.examine(
            signature: signature, content: content, anchors: anchors.map(\.owned),
            revocationLists: lists.map(\.owned), chainAt: checkedAt, revocationAt: now)
        let first = facts.signers.first
        return SignatureVerification(
            signer: facts.signerCertificate?.identity, signedAt: first?.signingTime,
            checkedAt: checkedAt, checkedAtGiven: time != nil,
            digest: first.map { DigestValue(algorithm: $0.digestAlgorithm?.rawValue ?? $0.digestName, value: hex($0.contentDigest)) },
            problems: SignaturePolicy(checkedAt: checkedAt, now: now).problems(in: facts))
    }
}

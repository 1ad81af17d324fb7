import FoundationEssentials

/// An X.509 certificate; owns an OpenSSL `X509`.
public struct X509Certificate: Sendable {
    let owned: OwnedCertificate

    init(owned: OwnedCertificate) { self.owned = owned }

    /// Every certificate in `bytes`: one or more PEM blocks, or one DER certificate. Never none:
    /// bytes without a certificate throw `malformedCertificate`.
    public static func read(bytes: [UInt8]) throws(SigningError) -> [X509Certificate] {
        try OpenSSLCertificates.read(bytes).map(X509Certificate.init(owned:))
    }

    /// Every certificate in the file at `path`; never none.
    public static func read(contentsOf path: String) throws(SigningError) -> [X509Certificate] {
        do {
            return try read(bytes: try readFile(path))
        } catch where error.code == .malformedCertificate {
            throw SigningError(code: error.code, detail: "\(path): \(error.detail)", openSSLReasons: error.openSSLReasons)
        }
    }

    /// Makes a certificate for `key` valid from `now` for `days` days: self-signed, and then a CA
    /// that may issue others, or issued by `issuer` for signing only. Both carry the key usages
    /// a signer needs (digitalSignature, nonRepudiation).
    public static func make(
        subject: String, key: SigningKey, days: Int = 365,
        issuer: (certificate: X509Certificate, key: SigningKey)? = nil, now: Date = Date()
    ) throws(SigningError) -> X509Certificate {
        guard days > 0 else { throw SigningError(code: .invalidSubject, detail: "the validity must be at least one day") }
        let name = try DistinguishedName(parsing: subject)
        if let issuer, !OpenSSLCertificates.matches(issuer.certificate.owned, issuer.key.owned) {
            throw SigningError(code: .keyMismatch, detail: "the CA key does not belong to the CA certificate")
        }
        let owned = try OpenSSLCertificates.make(
            subject: name, key: key.owned, days: days,
            issuer: issuer.map { ($0.certificate.owned, $0.key.owned) }, now: now)
        return X509Certificate(owned: owned)
    }

    /// The subject in RFC 4514 form, e.g. `CN=Иванов Иван,O=Attest`.
    public var subject: String { OpenSSLCertificates.subject(owned) }
    /// The issuer in RFC 4514 form.
    public var issuer: String { OpenSSLCertificates.issuer(owned) }
    /// The serial number in uppercase hex, as `openssl x509 -serial` prints it.
    public var serialNumber: String { OpenSSLCertificates.serial(owned) }
    /// The SHA-256 of the DER encoding, lowercase hex without colons.
    public var fingerprintSHA256: String { OpenSSLCertificates.fingerprintSHA256(owned) }
    /// Every SNILS attribute (OID 1.2.643.100.3) of the subject, in DER order, read from the
    /// name's attributes rather than its printed form: `CN=x\\,SNILS=…` has none.
    public var snils: [String] { identifiers(.snils) }
    /// Every attribute of the subject that is the Russian identifier `kind`, in DER order.
    public func identifiers(_ kind: RussianIdentifier) -> [String] {
        OpenSSLCertificates.subjectAttributes(owned, oid: kind.rawValue)
    }
    /// The start of the validity period.
    public var notBefore: Date? { OpenSSLCertificates.notBefore(owned) }
    /// The end of the validity period.
    public var notAfter: Date? { OpenSSLCertificates.notAfter(owned) }

    /// PEM encoding.
    public func pem() throws(SigningError) -> [UInt8] { try OpenSSLCertificates.pem(owned) }
    /// DER encoding.
    public func der() throws(SigningError) -> [UInt8] { try OpenSSLCertificates.der(owned) }

    /// Whether `signature` is this certificate's key's compact signature of `message`.
    public func verifiesCompactSignature(_ signature: [UInt8], of message: [UInt8]) -> Bool {
        OpenSSLCompactSignatures.verify(signature, message: message, certificate: owned)
    }

    /// Which key this certificate holds, in 8 bytes: the start of the SHA-256 of its
    /// SubjectPublicKeyInfo. A QR payload names its signing key by it.
    public var keyIdentifier: [UInt8] { OpenSSLCompactSignatures.keyIdentifier(owned) }

    /// Whether this certificate chains up to one of `anchors` (each a trust anchor) at `time`.
    public func chains(to anchors: [X509Certificate], at time: Date = Date()) -> Bool {
        OpenSSLCertificates.chains(owned, to: anchors.map(\.owned), at: time)
    }

    /// Whether `key` is the private key of this certificate.
    public func belongs(to key: SigningKey) -> Bool { OpenSSLCertificates.matches(owned, key.owned) }
}

/// A certificate revocation list; owns an OpenSSL `X509_CRL`.
public struct RevocationList: Sendable {
    let owned: OwnedCRL

    /// Every CRL in `bytes` (PEM blocks, or one DER list).
    public static func read(bytes: [UInt8]) throws(SigningError) -> [RevocationList] {
        try OpenSSLRevocation.read(bytes).map(RevocationList.init(owned:))
    }

    /// Every CRL in the file at `path`.
    public static func read(contentsOf path: String) throws(SigningError) -> [RevocationList] {
        try read(bytes: try readFile(path))
    }
}

/// A subject name given as `TYPE=value` pairs separated by commas, as RFC 4514 writes them
/// (`CN=Иванов Иван,O=Attest,1.2.643.100.3=12345678901`); `\,` and the other RFC 4514 escapes
/// put special characters in a value.
struct DistinguishedName {
    let attributes: [(type: String, value: String)]

    init(parsing text: String) throws(SigningError) {
        var attributes: [(String, String)] = []
        var current = ""
        var pairs: [String] = []
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "," {
                pairs.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pairs.append(current)
        for pair in pairs {
            guard let equals = pair.firstIndex(of: "=") else {
                throw SigningError(code: .invalidSubject, detail: "\"\(pair)\" is not TYPE=value")
            }
            let type = pair[..<equals].trimmingSpaces()
            let value = pair[pair.index(after: equals)...].trimmingSpaces()
            guard !type.isEmpty, !value.isEmpty else {
                throw SigningError(code: .invalidSubject, detail: "\"\(pair)\" has an empty type or value")
            }
            attributes.append((type, value))
        }
        self.attributes = attributes
    }
}

/// The identifiers a Russian qualified certificate's subject carries, by object identifier.
public enum RussianIdentifier: String, Sendable, CaseIterable {
    /// SNILS, a person's individual insurance account number (11 digits).
    case snils = "1.2.643.100.3"
    /// INN of a person, the taxpayer number (12 digits).
    case inn = "1.2.643.3.131.1.1"
    /// OGRN, an organisation's primary state registration number (13 digits).
    case ogrn = "1.2.643.100.1"
    /// OGRNIP, a sole proprietor's registration number (15 digits).
    case ogrnip = "1.2.643.100.5"
}

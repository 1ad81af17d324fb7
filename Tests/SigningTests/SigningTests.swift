import AttestCore
import Foundation
import Testing
@testable import Signing

/// A CA and a signer it issued, made fresh for each test that needs them.
struct Authority {
    let caKey: SigningKey
    let ca: X509Certificate
    let signerKey: SigningKey
    let signer: X509Certificate

    /// The CA is valid from `now` for ten years; the signer from `signerFrom` (else `now`) for `days`.
    init(_ algorithm: KeyAlgorithm = .ecdsaP256, now: Date = Date(), days: Int = 365, signerFrom: Date? = nil) throws {
        caKey = try SigningKey.generate(algorithm)
        ca = try X509Certificate.make(subject: "CN=Test CA,O=Attest", key: caKey, days: 3650, now: now)
        signerKey = try SigningKey.generate(algorithm)
        signer = try X509Certificate.make(
            subject: "CN=Иванов Иван Иванович,O=Attest", key: signerKey, days: days, issuer: (ca, caKey), now: signerFrom ?? now)
    }

    func sign(_ content: [UInt8], at time: Date = Date(), encoding: SignatureEncoding = .der) throws -> [UInt8] {
        try CMSSigner(key: signerKey, certificate: signer, chain: [ca]).sign(bytes: content, signingTime: time, encoding: encoding)
    }
}

private let consent = Array(#"{"owner": "Петров Пётр", "address": "125009, Москва, ул. Тверская, д. 1"}"#.utf8)

private func codes(_ verification: SignatureVerification) -> [ProblemCode] {
    verification.problems.map(\.code)
}

@Suite struct KeyTests {
    @Test(arguments: KeyAlgorithm.allCases)
    func generatedKeysKnowTheirAlgorithm(algorithm: KeyAlgorithm) throws {
        #expect(try SigningKey.generate(algorithm).algorithm == algorithm)
    }

    @Test func pkcs8RoundTripWithAndWithoutPassphrase() throws {
        let key = try SigningKey.generate()
        let plain = try key.pkcs8PEM()
        #expect(String(decoding: plain, as: UTF8.self).hasPrefix("-----BEGIN PRIVATE KEY-----"))
        #expect(try SigningKey(bytes: plain).algorithm == .ecdsaP256)

        let encrypted = try key.pkcs8PEM(passphrase: Passphrase("correct horse"))
        #expect(String(decoding: encrypted, as: UTF8.self).hasPrefix("-----BEGIN ENCRYPTED PRIVATE KEY-----"))
        let read = try SigningKey(bytes: encrypted, passphrase: Passphrase("correct horse"))
        let certificate = try X509Certificate.make(subject: "CN=x", key: key)
        #expect(certificate.belongs(to: read))
    }

    @Test func wrongOrMissingPassphraseIsAMalformedKey() throws {
        let encrypted = try SigningKey.generate().pkcs8PEM(passphrase: Passphrase("right"))
        #expect(throws: SigningError(code: .malformedKey, detail: "")) {
            try SigningKey(bytes: encrypted, passphrase: Passphrase("wrong"))
        }
        let error = #expect(throws: SigningError.self) { try SigningKey(bytes: encrypted) }
        #expect(error?.detail.contains("passphrase") == true)
        #expect(drainOpenSSLErrors().isEmpty, "the error queue is left empty")
    }

    @Test func garbageIsNotAKey() {
        #expect(throws: SigningError(code: .malformedKey, detail: "")) { try SigningKey(bytes: Array("hello".utf8)) }
        #expect(throws: SigningError(code: .malformedKey, detail: "")) { try SigningKey(bytes: []) }
        #expect(drainOpenSSLErrors().isEmpty)
    }
}

@Suite struct CertificateTests {
    @Test func selfSignedCertificateSaysWhoItIs() throws {
        let key = try SigningKey.generate()
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let certificate = try X509Certificate.make(subject: "CN=Иванов Иван,O=Attest\\, Inc.,C=RU", key: key, days: 10, now: now)
        #expect(certificate.subject == "CN=Иванов Иван,O=Attest\\, Inc.,C=RU")
        #expect(certificate.issuer == certificate.subject)
        #expect(certificate.notBefore == now)
        #expect(certificate.notAfter == now.addingTimeInterval(10 * 86_400))
        #expect(certificate.serialNumber.count == 32)
        #expect(certificate.serialNumber.allSatisfy { "0123456789ABCDEF".contains($0) })
        #expect(certificate.fingerprintSHA256.count == 64)
        #expect(certificate.fingerprintSHA256.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(certificate.belongs(to: key))
    }

    @Test func issuedCertificateNamesItsIssuer() throws {
        let authority = try Authority()
        #expect(authority.signer.issuer == "CN=Test CA,O=Attest")
        #expect(!authority.signer.belongs(to: authority.caKey))
    }

    @Test func pemAndDerReadBack() throws {
        let authority = try Authority()
        let bundle = try authority.signer.pem() + authority.ca.pem()
        #expect(try X509Certificate.read(bytes: bundle).map(\.fingerprintSHA256)
            == [authority.signer.fingerprintSHA256, authority.ca.fingerprintSHA256])
        #expect(try X509Certificate.read(bytes: try authority.ca.der()).first?.subject == "CN=Test CA,O=Attest")
        #expect(throws: SigningError(code: .malformedCertificate, detail: "")) {
            try X509Certificate.read(bytes: Array("not a certificate".utf8))
        }
    }

    /// SNILS is read from the subject's attributes: text in another attribute's value that prints
    /// like `SNILS=…` is not one.
    @Test func snilsComesFromTheSubjectsAttributesNotItsPrintedForm() throws {
        let key = try SigningKey.generate()
        let owner = try X509Certificate.make(subject: "CN=Петров Пётр,1.2.643.100.3=11223344595", key: key)
        #expect(owner.snils == ["11223344595"])
        let impostor = try X509Certificate.make(subject: "CN=Мошенник\\,SNILS=11223344595,O=X\\,1.2.643.100.3=11223344595", key: key)
        #expect(impostor.subject.contains("SNILS=11223344595"))
        #expect(impostor.snils == [])
        let two = try X509Certificate.make(subject: "CN=x,SNILS=11223344595,1.2.643.100.3=08765430300", key: key)
        #expect(two.snils.count == 2 && Set(two.snils) == ["11223344595", "08765430300"])
        let signature = try CMSSigner(key: key, certificate: two).sign(bytes: consent)
        let verification = try SignatureVerifier.verify(bytes: consent, signature: signature, trustAnchors: [two])
        #expect(verification.signer?.snils.count == 2)
    }

    @Test func badSubjectsAndMismatchedKeysAreRefused() throws {
        let key = try SigningKey.generate()
        for subject in ["", "CN", "CN=", "=x", "CN=ok,,O=x", "NOSUCHTYPE=x"] {
            #expect(throws: SigningError(code: .invalidSubject, detail: ""), "\(subject)") {
                try X509Certificate.make(subject: subject, key: key)
            }
        }
        let authority = try Authority()
        #expect(throws: SigningError(code: .keyMismatch, detail: "")) {
            try X509Certificate.make(subject: "CN=x", key: key, issuer: (authority.ca, authority.signerKey))
        }
    }
}

@Suite struct DigestTests {
    @Test func knownAnswers() throws {
        let abc = Array("abc".utf8)
        #expect(ContentDigest.hex(try ContentDigest.digest(bytes: abc))
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentDigest.hex(try ContentDigest.digest(bytes: abc, algorithm: .sha384))
            == "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7")
        #expect(ContentDigest.hex(try ContentDigest.digest(bytes: abc, algorithm: .sha512)).hasPrefix("ddaf35a193617aba"))
        #expect(ContentDigest.hex(try ContentDigest.digest(bytes: []))
            == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func filesAreStreamedAcrossChunks() throws {
        let bytes = (0..<(3 << 20) + 17).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("attest-digest-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        for algorithm in DigestAlgorithm.allCases {
            #expect(try ContentDigest.digest(fileAt: path, algorithm: algorithm) == ContentDigest.digest(bytes: bytes, algorithm: algorithm))
        }
        #expect(throws: SigningError(code: .unreadableInput, detail: "")) {
            try ContentDigest.digest(fileAt: "/nonexistent")
        }
    }
}

@Suite struct SignAndVerifyTests {
    @Test(arguments: [KeyAlgorithm.ecdsaP256, .rsa3072])
    func aSignatureVerifies(algorithm: KeyAlgorithm) throws {
        let authority = try Authority(algorithm)
        let time = Date(timeIntervalSince1970: TimeInterval(Int(Date().timeIntervalSince1970)))
        for encoding in [SignatureEncoding.der, .pem] {
            let signature = try authority.sign(consent, at: time, encoding: encoding)
            let verification = try SignatureVerifier.verify(bytes: consent, signature: signature, trustAnchors: [authority.ca])
            #expect(verification.valid, "\(verification.problems)")
            #expect(verification.problems.isEmpty)
            #expect(verification.signedAt == time)
            #expect(verification.signer?.subject == "CN=Иванов Иван Иванович,O=Attest")
            #expect(verification.signer?.serial == authority.signer.serialNumber)
            #expect(verification.digest == DigestValue(algorithm: "sha256", value: ContentDigest.hex(try ContentDigest.digest(bytes: consent))))
        }
        #expect(drainOpenSSLErrors().isEmpty)
    }

    @Test func aChangedByteOfContentIsAContentMismatch() throws {
        let authority = try Authority()
        let signature = try authority.sign(consent)
        var changed = consent
        changed[5] ^= 0x01
        let verification = try SignatureVerifier.verify(bytes: changed, signature: signature, trustAnchors: [authority.ca])
        #expect(codes(verification) == [.contentMismatch])
        #expect(!verification.valid)
    }

    @Test func aChangedByteOfSignatureIsABadSignature() throws {
        let authority = try Authority()
        var signature = try authority.sign(consent)
        signature[signature.count - 1] ^= 0x01  // the last byte of the signature value
        let verification = try SignatureVerifier.verify(bytes: consent, signature: signature, trustAnchors: [authority.ca])
        #expect(codes(verification) == [.badSignature])
    }

    @Test func anotherCAIsAnUntrustedSigner() throws {
        let authority = try Authority()
        let stranger = try Authority()
        let verification = try SignatureVerifier.verify(
            bytes: consent, signature: try authority.sign(consent), trustAnchors: [stranger.ca])
        #expect(codes(verification) == [.untrustedSigner])
        #expect(verification.signer != nil)
    }

    @Test func theSystemStoreIsNeverTrusted() throws {
        let authority = try Authority()
        let verification = try SignatureVerifier.verify(
            bytes: consent, signature: try authority.sign(consent), trustAnchors: [authority.signer])
        // The signer itself as anchor is enough (partial chain), but nothing else is needed or used.
        #expect(verification.valid)
        let other = try Authority()
        let unanchored = try SignatureVerifier.verify(bytes: consent, signature: try authority.sign(consent), trustAnchors: [other.signer])
        #expect(codes(unanchored) == [.untrustedSigner])
    }

    @Test func aSelfSignedSignerIsItsOwnAnchor() throws {
        let key = try SigningKey.generate(.rsa3072)
        let certificate = try X509Certificate.make(subject: "CN=Owner", key: key)
        let signature = try CMSSigner(key: key, certificate: certificate).sign(bytes: consent)
        #expect(try SignatureVerifier.verify(bytes: consent, signature: signature, trustAnchors: [certificate]).valid)
    }

    /// A signing time is the signer's own claim: a key whose certificate has expired can write any
    /// time it likes. Without a trusted timestamp the certificate is checked now, or at `at`.
    @Test func aBackDatedSigningTimeDoesNotReviveAnExpiredCertificate() throws {
        let now = Date(timeIntervalSince1970: TimeInterval(Int(Date().timeIntervalSince1970)))
        let issued = now.addingTimeInterval(-3 * 365 * 86_400)
        let authority = try Authority(now: issued, days: 1)
        let backDated = issued.addingTimeInterval(3_600)
        let signature = try authority.sign(consent, at: backDated)
        let checkedNow = try SignatureVerifier.verify(bytes: consent, signature: signature, trustAnchors: [authority.ca], now: now)
        #expect(codes(checkedNow) == [.signerExpired])
        #expect(checkedNow.signedAt == backDated, "the stated signing time is still reported")
        #expect(checkedNow.checkedAt == now && !checkedNow.checkedAtGiven)
        // Checking at a time inside the validity is a deliberate choice of the caller.
        let inside = issued.addingTimeInterval(7_200)
        let checkedThen = try SignatureVerifier.verify(
            bytes: consent, signature: signature, trustAnchors: [authority.ca], at: inside, now: now)
        #expect(checkedThen.valid, "\(checkedThen.problems)")
        #expect(checkedThen.checkedAt == inside && checkedThen.checkedAtGiven)
        // And after the validity, expired again.
        let later = try SignatureVerifier.verify(
            bytes: consent, signature: signature, trustAnchors: [authority.ca], at: issued.addingTimeInterval(2 * 86_400), now: now)
        #expect(codes(later) == [.signerExpired])
    }

    @Test func aCertificateNotYetValidIsNotCalledExpired() throws {
        let now = Date()
        let authority = try Authority(now: now.addingTimeInterval(-365 * 86_400), signerFrom: now.addingTimeInterval(-7 * 86_400))
        let signature = try authority.sign(consent)
        let early = try SignatureVerifier.verify(
            bytes: consent, signature: signature, trustAnchors: [authority.ca], at: now.addingTimeInterval(-14 * 86_400))
        #expect(codes(early) == [.signerNotYetValid])
    }

    /// What a verifier would refuse is not made: a signing time outside the certificate's validity.
    @Test func aSignerRefusesATimeOutsideItsCertificatesValidity() throws {
        let issued = Date(timeIntervalSince1970: 1_600_000_000)  // 2020
        let authority = try Authority(now: issued, days: 30)
        #expect(throws: SigningError(code: .signerExpired, detail: "")) {
            try authority.sign(consent, at: issued.addingTimeInterval(60 * 86_400))
        }
        #expect(throws: SigningError(code: .signerNotYetValid, detail: "")) {
            try authority.sign(consent, at: issued.addingTimeInterval(-60))
        }
        // Now is the default signing time, long after it expired.
        let signer = try CMSSigner(key: authority.signerKey, certificate: authority.signer)
        let error = #expect(throws: SigningError(code: .signerExpired, detail: "")) { try signer.sign(bytes: consent) }
        #expect(error?.detail.contains("expired at 13.10.2020 12:26:40 UTC") == true, "\(String(describing: error))")
        #expect(throws: SigningError(code: .signerExpired, detail: "")) { try signer.signCAdES(bytes: consent) }
        #expect(try authority.sign(consent, at: issued.addingTimeInterval(86_400)).count > 0)
    }

    @Test func aSigningTimeInTheFutureIsRefused() throws {
        let authority = try Authority()
        let signature = try authority.sign(consent, at: Date().addingTimeInterval(86_400))
        let verification = try SignatureVerifier.verify(bytes: consent, signature: signature, trustAnchors: [authority.ca])
        #expect(codes(verification) == [.signingTimeInFuture])
    }

    @Test func truncatedOrForeignSignaturesAreMalformed() throws {
        let authority = try Authority()
        let signature = try authority.sign(consent)
        for bytes in [Array(signature.prefix(signature.count / 2)), [], Array("hello".utf8), try authority.ca.pem(),
                      try authority.signerKey.pkcs8PEM()] {
            let verification = try SignatureVerifier.verify(bytes: consent, signature: bytes, trustAnchors: [authority.ca])
            #expect(codes(verification) == [.malformedSignature])
            #expect(verification.signer == nil && verification.digest == nil)
        }
        #expect(drainOpenSSLErrors().isEmpty)
    }

    @Test func ed25519IsRefusedForCMS() throws {
        let key = try SigningKey.generate(.ed25519)
        let certificate = try X509Certificate.make(subject: "CN=QR issuer", key: key)
        let error = #expect(throws: SigningError(code: .unsupportedAlgorithm, detail: "")) {
            try CMSSigner(key: key, certificate: certificate)
        }
        #expect(error?.detail.contains("Ed25519") == true)
    }

    @Test func aKeyThatIsNotTheCertificatesIsRefused() throws {
        let authority = try Authority()
        #expect(throws: SigningError(code: .keyMismatch, detail: "")) {
            try CMSSigner(key: authority.caKey, certificate: authority.signer)
        }
    }

    @Test func unreadableContentThrows() throws {
        let authority = try Authority()
        #expect(throws: SigningError(code: .unreadableInput, detail: "")) {
            try SignatureVerifier.verify(fileAt: "/nonexistent", signature: try authority.sign(consent), trustAnchors: [authority.ca])
        }
    }

    @Test func signingInParallelGivesValidSignatures() throws {
        let authority = try Authority()
        let signatures = ResultBox(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            signatures[index] = try? authority.sign(consent + [UInt8(index)])
        }
        for index in 0..<64 {
            let signature = try #require(signatures[index])
            #expect(try SignatureVerifier.verify(bytes: consent + [UInt8(index)], signature: signature, trustAnchors: [authority.ca]).valid)
        }
    }
}

final class ResultBox: @unchecked Sendable {
    private var values: [[UInt8]?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    subscript(index: Int) -> [UInt8]? {
        get { lock.withLock { values[index] } }
        set { lock.withLock { values[index] = newValue } }
    }
}

@Suite struct CAdESTests {
    @Test(arguments: [KeyAlgorithm.ecdsaP256, .rsa3072])
    func aCAdESSignatureVerifiesWithoutASigningTime(algorithm: KeyAlgorithm) throws {
        let authority = try Authority(algorithm)
        let signer = try CMSSigner(key: authority.signerKey, certificate: authority.signer, chain: [authority.ca])
        let content = Array("%PDF-1.7 byte range".utf8)
        let signature = try signer.signCAdES(bytes: content)
        let verification = try SignatureVerifier.verify(bytes: content, signature: signature, trustAnchors: [authority.ca])
        #expect(verification.valid, "\(verification.problems)")
        #expect(verification.signedAt == nil)
        // signing-certificate-v2 (1.2.840.113549.1.9.16.2.47) is among the signed attributes, DER-encoded.
        let oid: [UInt8] = [0x06, 0x0B, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x09, 0x10, 0x02, 0x2F]
        #expect(signature.windows(ofCount: oid.count).contains { Array($0) == oid })
        var changed = content
        changed[0] ^= 1
        #expect(try SignatureVerifier.verify(bytes: changed, signature: signature, trustAnchors: [authority.ca]).problems.map(\.code) == [.contentMismatch])
    }
}

extension Array {
    func windows(ofCount count: Int) -> [ArraySlice<Element>] {
        guard self.count >= count else { return [] }
        return (0...(self.count - count)).map { self[$0..<($0 + count)] }
    }
}

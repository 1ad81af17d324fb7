import AttestCore
import Foundation
import Testing
@testable import Signing

/// GOST R 34.10-2012 keys and Streebog digests, through OpenSSL's gost engine (installed by the
/// Makefile's test packages).
@Suite struct GOSTTests {
    private let consent = Array(#"{"owner": "Петров Пётр", "address": "125009, Москва, ул. Тверская, д. 1"}"#.utf8)

    @Test func theEngineIsThere() {
        #expect(GOSTEngine.available, "install \(GOSTEngine.package)")
    }

    /// The standard's own example (GOST R 34.11-2012, appendix A, message M1).
    @Test func streebogKnownAnswers() throws {
        let m1 = Array("012345678901234567890123456789012345678901234567890123456789012".utf8)
        #expect(ContentDigest.hex(try ContentDigest.digest(bytes: m1, algorithm: .streebog512))
            == "1b54d01a4af5b9d5cc3d86d68d285462b19abc2475222f35c085122be4ba1ffa00ad30f8767b3a82384c6574f024c311e2a481332b08ef7f41797891c1646f48")
        #expect(ContentDigest.hex(try ContentDigest.digest(bytes: m1, algorithm: .streebog256))
            == "9d151eefd8590b89daa6ba6cb74af9275dd051026bb149a452fd84e5e57b5500")
    }

    @Test(arguments: [(KeyAlgorithm.gost2012_256, "streebog256"), (.gost2012_512, "streebog512")])
    func aSignatureVerifiesUnderStreebogOfTheKeysSize(algorithm: KeyAlgorithm, digest: String) throws {
        let authority = try Authority(algorithm)
        #expect(authority.signerKey.algorithm == algorithm)
        for encoding in [SignatureEncoding.der, .pem] {
            let verification = try SignatureVerifier.verify(
                bytes: consent, signature: try authority.sign(consent, encoding: encoding), trustAnchors: [authority.ca])
            #expect(verification.valid, "\(verification.problems)")
            #expect(verification.digest?.algorithm == digest)
        }
        #expect(drainOpenSSLErrors().isEmpty)
    }

    @Test func aKeyWrittenAndReadBackSignsAlike() throws {
        let key = try SigningKey.generate(.gost2012_256)
        let passphrase = Passphrase("пароль")
        let read = try SigningKey(bytes: try key.pkcs8PEM(passphrase: passphrase), passphrase: passphrase)
        #expect(read.algorithm == .gost2012_256)
        let certificate = try X509Certificate.make(subject: "CN=Owner", key: read)
        let again = try X509Certificate.read(bytes: try certificate.pem())
        let signature = try CMSSigner(key: read, certificate: again[0]).sign(bytes: consent)
        #expect(try SignatureVerifier.verify(bytes: consent, signature: signature, trustAnchors: again).valid)
    }

    @Test func aChangedByteOfContentIsAContentMismatch() throws {
        let authority = try Authority(.gost2012_256)
        var changed = consent
        changed[5] ^= 0x01
        let verification = try SignatureVerifier.verify(bytes: changed, signature: try authority.sign(consent), trustAnchors: [authority.ca])
        #expect(verification.problems.map(\.code) == [.contentMismatch])
        #expect(verification.problems[0].message(in: .en).contains("Streebog-256"))
    }

    @Test func anotherGOSTCAIsAnUntrustedSigner() throws {
        let authority = try Authority(.gost2012_256)
        let stranger = try Authority(.gost2012_256)
        let verification = try SignatureVerifier.verify(bytes: consent, signature: try authority.sign(consent), trustAnchors: [stranger.ca])
        #expect(verification.problems.map(\.code) == [.untrustedSigner])
    }

    @Test func anExpiredGOSTSignerIsExpired() throws {
        let now = Date()
        let authority = try Authority(.gost2012_512, now: now.addingTimeInterval(-3 * 86_400), days: 1)
        let signature = try authority.sign(consent, at: now.addingTimeInterval(-2.5 * 86_400))
        let verification = try SignatureVerifier.verify(bytes: consent, signature: signature, trustAnchors: [authority.ca], now: now)
        #expect(verification.problems.map(\.code) == [.signerExpired])
    }

    @Test func theSignersRussianIdentifiersAreReadFromItsSubject() throws {
        let key = try SigningKey.generate(.gost2012_256)
        let subject = "CN=ИП Петров Пётр,1.2.643.100.3=08765430300,1.2.643.3.131.1.1=500100732259,"
            + "1.2.643.100.5=304500116000157,1.2.643.100.1=1027700132195"
        let certificate = try X509Certificate.make(subject: subject, key: key)
        #expect(certificate.identifiers(.inn) == ["500100732259"])
        let signature = try CMSSigner(key: key, certificate: certificate).sign(bytes: consent)
        let signer = try #require(try SignatureVerifier.verify(bytes: consent, signature: signature, trustAnchors: [certificate]).signer)
        #expect(signer.snils == ["08765430300"])
        #expect(signer.inn == ["500100732259"])
        #expect(signer.ogrnip == ["304500116000157"])
        #expect(signer.ogrn == ["1027700132195"])
        #expect(signer.subject.contains("INN=500100732259"))
    }

    @Test func aGOSTKeyDoesNotSignAPDF() throws {
        let authority = try Authority(.gost2012_256)
        #expect(throws: SigningError.self) {
            try CMSSigner(key: authority.signerKey, certificate: authority.signer).signCAdES(bytes: consent)
        }
    }
}

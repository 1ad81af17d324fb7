import AttestCore
import Foundation
import Testing
@testable import Signing

/// The policy judged on facts written by hand, as the OpenSSL layer would report them: no key,
/// certificate or signature is made.
@Suite struct SignaturePolicyTests {
    private let now = Date(timeIntervalSince1970: 1_795_000_000)

    private func signer(
        _ algorithm: DigestAlgorithm? = .sha256, name: String = "sha256", signedAt: Date? = nil, value: SignatureValue = .verifies
    ) -> SignerFacts {
        SignerFacts(
            digestAlgorithm: algorithm, digestName: name, contentDigest: [1, 2, 3], hasSignedAttributes: true,
            messageDigest: [1, 2, 3], signingTime: signedAt, certificateFound: true, attributesSignatureValue: value)
    }

    private func certificate(
        validFrom start: Date? = nil, until end: Date? = nil, chain: ChainFailure? = nil, revocation: ChainFailure? = nil
    ) -> SignerCertificateFacts {
        SignerCertificateFacts(
            identity: SignerIdentity(subject: "CN=signer", issuer: "CN=ca", serial: "01", fingerprintSHA256: "", snils: []),
            notBefore: start ?? now.addingTimeInterval(-86_400), notAfter: end ?? now.addingTimeInterval(86_400),
            chainFailure: chain, revocationFailure: revocation)
    }

    private func problems(
        _ signers: [SignerFacts], _ certificate: SignerCertificateFacts? = nil, checkedAt: Date? = nil
    ) -> [Problem] {
        let facts = SignatureFacts(form: .signedData, signers: signers, signerCertificate: certificate ?? self.certificate())
        return SignaturePolicy(checkedAt: checkedAt ?? now, now: now).problems(in: facts)
    }

    @Test func oneSignerWithMatchingFactsHasNoProblem() {
        #expect(problems([signer()]) == [])
    }

    @Test func anUndecodableSignatureKeepsOpenSSLsReasonAsDetail() {
        let found = SignaturePolicy(checkedAt: now, now: now).problems(in: SignatureFacts(form: .undecodable(reason: "asn1: too long")))
        #expect(found.map(\.code) == [.malformedSignature])
        #expect(found.first?.detail == "asn1: too long")
        #expect(found.first?.message(in: .en) == "The signature is not a readable CMS signature (it cannot be decoded).")
    }

    @Test func aSignedDataWithoutSignersIsMalformed() {
        let found = SignaturePolicy(checkedAt: now, now: now).problems(in: SignatureFacts(form: .signedData))
        #expect(found.map(\.code) == [.malformedSignature])
    }

    @Test func aSecondSignerIsNamedBeforeWhatIsWrongWithEither() {
        let found = problems([signer(), signer(nil, name: "sha1")])
        #expect(found.map(\.code) == [.multipleSigners, .unsupportedAlgorithm])
        #expect(found.last?.message(in: .en).contains("SHA1") == true)
    }

    @Test func aSignerWhoseDigestDiffersIsAContentMismatchUnderItsAlgorithm() {
        var changed = signer(.sha384, name: "sha384")
        changed.messageDigest = [9]
        let found = problems([changed])
        #expect(found.map(\.code) == [.contentMismatch])
        #expect(found.first?.message(in: .en).contains("SHA-384") == true)
    }

    @Test func aSigningTimeWithinTheClockSkewIsAccepted() {
        #expect(problems([signer(signedAt: now.addingTimeInterval(SignaturePolicy.clockSkew))]) == [])
        #expect(problems([signer(signedAt: now.addingTimeInterval(SignaturePolicy.clockSkew + 1))]).map(\.code) == [.signingTimeInFuture])
    }

    @Test func aSignerWithoutCertificateIsUntrustedAndNothingMoreIsChecked() {
        var unknown = signer()
        unknown.certificateFound = false
        unknown.attributesSignatureValue = nil
        let found = problems([unknown], certificate(chain: ChainFailure(error: .issuerNotFound, depth: 0)))
        #expect(found.map(\.code) == [.untrustedSigner])
        #expect(found.first?.message(in: .en).contains("neither in the signature nor among the given ones") == true)
    }

    @Test func theSignersOwnExpiryIsReportedOnceThoughTheChainSaysItToo() {
        let expired = certificate(until: now.addingTimeInterval(-1), chain: ChainFailure(error: .expired, depth: 0))
        let found = problems([signer()], expired)
        #expect(found.map(\.code) == [.signerExpired])
        #expect(found.first?.detail == ChainError.expired.words)
    }

    @Test func anExpiredAuthorityIsAnUntrustedSignerNotAnExpiredOne() {
        let found = problems([signer()], certificate(chain: ChainFailure(error: .expired, depth: 1)))
        #expect(found.map(\.code) == [.untrustedSigner])
        #expect(found.first?.message(in: .en) ==
            "The signer's certificate does not lead to a trusted certificate (a certificate of its chain had expired).")
        #expect(found.first?.message(in: .ru).contains("срок действия сертификата в его цепочке истёк") == true)
    }

    @Test func aCertificateNotYetValidAtTheCheckedTimeIsNotCalledExpired() {
        let found = problems([signer()], certificate(validFrom: now.addingTimeInterval(1)))
        #expect(found.map(\.code) == [.signerNotYetValid])
    }

    @Test func onlyARevocationCountsOfTheRevocationCheck() {
        #expect(problems([signer()], certificate(revocation: ChainFailure(error: .revoked, depth: 0))).map(\.code) == [.revoked])
        #expect(problems([signer()], certificate(revocation: ChainFailure(error: .expired, depth: 1))) == [])
    }

    @Test func aWrongSignatureValueKeepsOpenSSLsReasonAsDetail() {
        let found = problems([signer(value: .wrong(reason: "ecdsa: bad signature"))])
        #expect(found.map(\.code) == [.badSignature])
        #expect(found.first?.detail == "ecdsa: bad signature")
    }
}

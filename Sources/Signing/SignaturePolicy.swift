import AttestCore
import FoundationEssentials

/// What a consent's signature must be, decided from what OpenSSL found in it: a readable
/// SignedData with one signer, Attest's digests, a content digest and signature values that match,
/// a signing time not in the future, and a signer's certificate valid at `checkedAt` whose chain
/// leads to a trust anchor and is not revoked.
struct SignaturePolicy {
    /// The instant the signer's certificate and chain must be valid at.
    let checkedAt: Date
    /// The time of verification.
    let now: Date

    /// How far a stated signing time may run ahead of `now`: the signer's clock and ours differ a little.
    static let clockSkew: TimeInterval = 300

    /// Every problem `facts` show, in the order a reader meets them: the signature's form, its
    /// signers, their digests and signature values, the signing time, then the signer's certificate.
    func problems(in facts: SignatureFacts) -> [Problem] {
        switch facts.form {
        case .undecodable(let reason): return [malformed(.phrase(.signatureUndecodable), detail: reason)]
        case .notSignedData: return [malformed(.phrase(.signatureWithoutSignedData))]
        case .signedData: break
        }
        if let algorithm = facts.gostUnavailable {
            return [Problem(.unsupportedAlgorithm, arguments: ["algorithm": .text(algorithm), "reason": .phrase(.gostEngineMissing)])]
        }
        guard let first = facts.signers.first else {
            return [malformed(.phrase(.signatureWithoutSigner))]
        }

        var problems: [Problem] = []
        if facts.signers.count > 1 {
            problems.append(Problem(.multipleSigners, arguments: ["count": .number(facts.signers.count)]))
        }
        for signer in facts.signers {
            problems += signerProblems(signer)
        }
        if case .wrong(let reason) = facts.contentSignatureValue {
            problems.append(Self.wrongValue(reason))
        }
        if let signedAt = first.signingTime, signedAt > now.addingTimeInterval(Self.clockSkew) {
            problems.append(Problem(.signingTimeInFuture, arguments: ["time": .text(Instants.display(signedAt))]))
        }

        guard first.certificateFound else {
            problems.append(Problem(.untrustedSigner, arguments: [
                "reason": .phrase(.signerCertificateNotFound),
            ]))
            return problems
        }
        if let certificate = facts.signerCertificate {
            problems += certificateProblems(certificate)
        }
        return problems
    }

    /// A signer's digest algorithm, the content's digest it signed, and its signature value.
    private func signerProblems(_ signer: SignerFacts) -> [Problem] {
        var problems: [Problem] = []
        if signer.digestAlgorithm == nil {
            problems.append(Problem(.unsupportedAlgorithm, arguments: [
                "algorithm": .text(signer.digestName.uppercased()),
                "reason": .phrase(.signatureDigestsAccepted),
            ]))
        }
        if signer.hasSignedAttributes {
            if signer.messageDigest == nil || signer.messageDigest != signer.contentDigest {
                let shown = signer.digestAlgorithm?.displayName ?? signer.digestName.uppercased()
                problems.append(Problem(.contentMismatch, arguments: ["algorithm": .text(shown)]))
            }
            if case .wrong(let reason) = signer.attributesSignatureValue {
                problems.append(Self.wrongValue(reason))
            }
        }
        return problems
    }

    /// The signer's own validity at `checkedAt`, its chain, and revocation.
    private func certificateProblems(_ certificate: SignerCertificateFacts) -> [Problem] {
        var problems: [Problem] = []
        // The signer's own validity first: OpenSSL checks the chain from the anchor down, so an
        // expired CA would otherwise hide that the signer's certificate had expired too.
        let outside = outsideValidity(certificate)
        if let outside {
            problems.append(validityProblem(outside))
        }
        if let failure = certificate.chainFailure {
            let validity: ValidityFault? = failure.depth != 0 ? nil
                : failure.error == .expired ? .expired(failure.error.words)
                : failure.error == .notYetValid ? .notYetValid(failure.error.words) : nil
            if let validity {
                if outside == nil { problems.append(validityProblem(validity)) }
            } else {
                problems.append(Problem(.untrustedSigner, arguments: ["reason": Self.chainReason(failure.error)],
                                        detail: failure.error.words))
            }
        }
        // A revocation list speaks of the time it was issued, usually after the signing time, so
        // of its verification only the verdict on revocation counts.
        if certificate.revocationFailure?.error == .revoked {
            problems.append(Problem(.revoked))
        }
        return problems
    }

    /// Which side of its validity period a certificate was on, with OpenSSL's words for it.
    private enum ValidityFault {
        case notYetValid(String)
        case expired(String)
    }

    /// Why the signer's certificate is not valid at `checkedAt`, or nil when it is.
    private func outsideValidity(_ certificate: SignerCertificateFacts) -> ValidityFault? {
        if let start = certificate.notBefore, checkedAt < start {
            return .notYetValid(ChainError.notYetValid.words)
        }
        if let end = certificate.notAfter, checkedAt > end {
            return .expired(ChainError.expired.words)
        }
        return nil
    }

    private func validityProblem(_ fault: ValidityFault) -> Problem {
        switch fault {
        case .notYetValid(let detail):
            Problem(.signerNotYetValid, arguments: [
                "time": .text(Instants.display(checkedAt)),
                "reason": .phrase(.signerValidityNotBegun),
            ], detail: detail)
        case .expired(let detail):
            Problem(.signerExpired, arguments: [
                "time": .text(Instants.display(checkedAt)), "reason": .phrase(.signerHadExpired),
            ], detail: detail)
        }
    }

    private func malformed(_ reason: ProblemArgument, detail: String? = nil) -> Problem {
        Problem(.malformedSignature, arguments: ["reason": reason], detail: detail)
    }

    /// A signature value that does not verify; OpenSSL's words go in the detail.
    private static func wrongValue(_ reason: String?) -> Problem {
        Problem(.badSignature, arguments: [
            "reason": .phrase(.signatureValueWrong),
        ], detail: reason)
    }

    /// Why a chain does not verify, for OpenSSL's verification error.
    private static func chainReason(_ error: ChainError) -> ProblemArgument {
        switch error {
        case .issuerNotFoundLocally, .issuerNotFound, .leafSignatureUnverifiable:
            .phrase(.chainIssuerNotTrusted)
        case .selfSignedLeaf, .selfSignedInChain:
            .phrase(.chainEndsSelfSigned)
        case .expired:
            .phrase(.chainCertificateExpired)
        case .notYetValid:
            .phrase(.chainCertificateNotYetValid)
        case .issuerSignatureWrong:
            .phrase(.chainCertificateNotSignedByIssuer)
        case .notAnAuthority:
            .phrase(.chainCertificateMayNotIssue)
        case .wrongPurpose:
            .phrase(.chainCertificateNotForSigning)
        case .revoked:
            .phrase(.chainCertificateRevoked)
        default:
            .phrase(.chainDoesNotVerify)
        }
    }
}

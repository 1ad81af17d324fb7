import AttestCore
import CertificatePDF
import Signing
import FoundationEssentials

/// What a case run reads: the case file, read strictly and checked for what a case may hold, and
/// the files it names, by paths relative to it, each read whole within `InputLimits`.
struct CaseInputs {
    /// The case file's path, as given.
    let path: String
    let file: CaseFile
    /// The id the application runs under: the case's own, or one made from the case file's bytes.
    let applicationID: String
    /// The folder of the case file, which the application's documents are read from.
    let documents: DocumentFolder

    /// Reads the case file at `path`. Throws `InputError`: `unreadable` or `tooLarge` when it
    /// cannot be read, `malformed` for a field a case cannot run with.
    static func read(_ path: String) throws -> CaseInputs {
        let bytes = try InputFile.read(path, limit: InputLimits.document)
        let file: CaseFile
        do {
            file = try JSONInput.decode(CaseFile.self, from: bytes)
        } catch {
            throw error.located(in: path)
        }
        let caseDigest = try ContentDigest.digest(bytes: bytes)
        let applicationID = file.applicationId ?? "case-" + ContentDigest.hex(Array(caseDigest.prefix(8)))
        guard ApplicationID.isValid(applicationID) else {
            throw InputError(field: "applicationId", reason: .caseApplicationIDInvalid, path: path)
        }
        for (index, step) in (file.steps ?? []).enumerated() where ![.resubmit, .extend, .annul, .expire].contains(step.action) {
            throw InputError(field: "steps[\(index)].action", reason: .caseStepActionInvalid, path: path)
        }
        for (index, step) in (file.steps ?? []).enumerated() where step.action == .extend && step.until == nil {
            throw InputError(field: "steps[\(index)].until", reason: .caseStepUntilMissing, path: path)
        }
        return CaseInputs(path: path, file: file, applicationID: applicationID,
                          documents: DocumentFolder(URL(fileURLWithPath: path).deletingLastPathComponent()))
    }

    /// Every file the case names, itself included: none of them may be an output.
    var files: [String] {
        let application = file.application
        let applications = [application.documents.map(\.path) + (application.consents + [application.powerOfAttorney].compactMap { $0 })
            .flatMap { [$0.document, $0.signature] }]
            + (file.steps ?? []).map { ($0.documents ?? []).map(\.path) + ($0.consents ?? []).flatMap { [$0.document, $0.signature] } }
        return [path] + ([file.issuer.key, file.issuer.certificate] + file.trustedConsentCAs + applications.flatMap { $0 })
            .map(documents.path)
    }

    /// The certificates that anchor owners' signatures.
    func consentTrustAnchors() throws -> [X509Certificate] {
        try file.trustedConsentCAs.flatMap { try X509Certificate.read(contentsOf: documents.path($0)) }
    }

    /// The issuer's key and its certificate, then the certificate's chain.
    func issuer() throws -> (key: SigningKey, chain: [X509Certificate]) {
        (try SigningKey(contentsOf: documents.path(file.issuer.key)), try X509Certificate.read(contentsOf: documents.path(file.issuer.certificate)))
    }
}

import AttestCore
import Signing
import FoundationEssentials
import ScanInspection

/// What a review of an application needs besides the application and its documents.
public struct ReviewContext: Sendable {
    /// The certificates that may anchor the signatures on owners' consents.
    public var consentTrustAnchors: [X509Certificate]
    /// The date the application was submitted (Moscow).
    public var submittedOn: CivilDate
    /// The instant the application was submitted: each consent's signer certificate must be
    /// valid then (a signing time the signature claims proves nothing by itself).
    public var submittedAt: Date
    /// The real present: a signature claiming to be made after it is refused.
    public var now: Date

    public init(consentTrustAnchors: [X509Certificate], submittedOn: CivilDate, submittedAt: Date? = nil, now: Date = Date()) {
        (self.consentTrustAnchors, self.submittedOn, self.now) = (consentTrustAnchors, submittedOn, now)
        self.submittedAt = submittedAt ?? now
    }
}

/// Every check an application goes through, all reported at once: the form, the scans, and each
/// owner's signed consent. It reads no file: its documents come already read and inspected.
public enum ApplicationReview {
    /// Problems that reject an application outright instead of asking for clarification: wrong
    /// passport data needs a new application.
    public static let rejecting: Set<ProblemCode> = [.invalidPassport]

    /// Every problem of `application`, whose scans and consents are `documents`. Throws only the
    /// error of a consent or signature that was larger than any may be (`InputLimits`), when the
    /// review comes to need it.
    public static func problems(
        of application: Application, documents: ReceivedDocuments, context: ReviewContext
    ) throws(InputError) -> [Problem] {
        formProblems(application, on: context.submittedOn) + scanProblems(application, documents.scans, on: context.submittedOn)
            + (try consentProblems(application, documents.consents, context))
            + (try proxyProblems(application, documents.powerOfAttorney, context))
    }

    static func formProblems(_ application: Application, on date: CivilDate) -> [Problem] {
        let person = application.applicant
        var found: [Problem?] = [
            FormRules.name(person.lastName, field: "applicant.lastName"),
            FormRules.name(person.firstName, field: "applicant.firstName"),
            person.patronymic.flatMap { FormRules.name($0, field: "applicant.patronymic") },
        ]
        // A citizen under 14 is identified by the birth certificate, anyone else by the passport.
        let age = person.age(on: date)
        if person.identifiedByBirthCertificate(on: date) {
            if let certificate = person.birthCertificate {
                found.append(FormRules.birthCertificate(certificate, field: "applicant.birthCertificate"))
            } else {
                found.append(Problem(.identityDocumentMissing, arguments: ["age": .number(age), "document": kind(of: .birthCertificate)],
                                     field: "applicant.birthCertificate"))
            }
        } else if let passport = person.passport {
            if person.isCitizen {
                found.append(FormRules.passport(series: passport.series, number: passport.number, field: "applicant.passport"))
            }
        } else {
            found.append(Problem(.identityDocumentMissing, arguments: ["age": .number(age), "document": kind(of: .passport)],
                                 field: "applicant.passport"))
        }
        if application.applicantIsMinor(on: date), application.secondParent == nil {
            found.append(Problem(.secondParentMissing, arguments: ["age": .number(age)], field: "secondParent"))
        }
        if person.isCitizen {
            found.append(FormRules.snils(person.snils ?? "", field: "applicant.snils"))
        } else if let snils = person.snils {
            found.append(FormRules.snils(snils, field: "applicant.snils"))
        }
        if let inn = person.inn, !inn.isEmpty { found.append(FormRules.inn(inn, field: "applicant.inn")) }
        found.append(FormRules.phone(application.phone, field: "phone"))
        found.append(FormRules.email(application.email, field: "email"))
        found.append(FormRules.postalCode(application.postalCode, field: "postalCode"))
        found.append(FormRules.period(from: application.from, until: application.until, field: "period"))
        return found.compactMap { $0 }
    }

    static func scanProblems(_ application: Application, _ scans: [InspectedScan], on date: CivilDate) -> [Problem] {
        // The scan of the identity document: a citizen under 14's birth certificate, else the passport.
        var required: [DocumentKind] = [application.applicant.identifiedByBirthCertificate(on: date) ? .birthCertificate : .passport]
        if !application.applicantOwnsDwelling { required.append(.rightToLive) }
        if !application.applicant.isCitizen { required.append(.migrationCard) }
        var problems: [Problem] = required
            .filter { kind in !scans.contains { $0.kind == kind } }
            .map { Problem(.missingDocument, arguments: ["kind": kind(of: $0)], document: $0.rawValue) }
        for scan in scans where !scan.report.accepted {
            problems.append(Problem(.documentRejected, arguments: ["kind": kind(of: scan.kind), "path": .text(scan.name)],
                                    document: scan.kind.rawValue, problems: scan.report.problems))
        }
        return problems
    }

    static func consentProblems(
        _ application: Application, _ consents: [ReceivedConsent], _ context: ReviewContext
    ) throws(InputError) -> [Problem] {
        // Each owner consents, but an applicant who owns the dwelling does not consent to themself;
        // a minor's second parent consents too.
        var consenting = application.owners.filter { owner in
            !(application.applicantOwnsDwelling && samePerson(owner, name: application.applicant.fullName, snils: application.applicant.snils))
        }
        if application.applicantIsMinor(on: context.submittedOn), let parent = application.secondParent {
            consenting.append(parent)
        }
        var read: [(consent: ReceivedConsent, bytes: [UInt8], document: ConsentDocument?)] = []
        var problems: [Problem] = []
        for consent in consents {
            let name = consent.submitted.document
            do throws(InputError) {
                let bytes = try consent.document.get()
                read.append((consent, bytes, try ConsentDocument.decode(bytes)))
            } catch where error.code == .tooLarge {
                throw error
            } catch {
                // Read strictly: a consent that reads one way here and another in jq is not read at all.
                let reason = ProblemArgument.phrase(error.code == .malformed ? .notAConsentInStrictJSON : .fileCannotBeRead)
                problems.append(Problem(.consentUnreadable, arguments: ["path": .text(name), "reason": reason],
                                        document: name, detail: "\(error)"))
                read.append((consent, [], nil))
            }
        }
        for person in consenting {
            guard let match = read.first(where: { $0.document.map { samePerson(person, name: $0.owner.fullName, snils: $0.owner.snils) } ?? false }),
                  let document = match.document
            else {
                problems.append(Problem(.consentMissing, arguments: ["person": .text(person.fullName)], document: "consent"))
                continue
            }
            problems += try check(document, bytes: match.bytes, received: match.consent, from: person, application: application, context: context)
        }
        return problems
    }

    private static func check(
        _ consent: ConsentDocument, bytes: [UInt8], received: ReceivedConsent, from person: Owner, application: Application,
        context: ReviewContext
    ) throws(InputError) -> [Problem] {
        let submitted = received.submitted
        var problems: [Problem] = []
        let who: ProblemArgument = .text(person.fullName)
        func problem(_ code: ProblemCode, _ arguments: ProblemArguments = [:], inner: [Problem] = []) -> Problem {
            Problem(code, arguments: arguments.adding(["person": who]), document: submitted.document, problems: inner)
        }

        // The signature, and who made it.
        if let verification = try verification(of: bytes, received, context) {
            if !verification.valid {
                problems.append(problem(.consentSignatureInvalid, inner: verification.problems))
            } else if let signer = verification.signer, let mismatch = signedBy(signer, person) {
                // Who did sign is another person's data: the verdict does not show it.
                problems.append(problem(mismatch))
            }
        } else {
            problems.append(problem(.consentSignatureInvalid, inner: [Problem(.unreadable, arguments: ["reason": .text(submitted.signature)])]))
        }

        // What it says, against the application.
        var differences: [Phrase] = []
        if !samePerson(person, name: consent.owner.fullName, snils: consent.owner.snils)
            || digitsOnly(consent.owner.passport.number) != digitsOnly(person.passport.number) {
            differences.append(.consentsOwner)
        }
        if normalised(consent.applicant.fullName) != normalised(application.applicant.fullName)
            || consent.applicant.birthDate != application.applicant.birthDate {
            differences.append(.consentsApplicant)
        }
        if normalised(consent.address) != normalised(application.address) { differences.append(.consentsAddress) }
        if consent.from != application.from || consent.until != application.until { differences.append(.consentsPeriod) }
        for difference in differences {
            problems.append(problem(.consentDataMismatch, ["what": .phrase(difference)]))
        }

        // Its dates.
        if consent.issuedAt < application.from.adding(days: -30) {
            problems.append(problem(.consentTooEarly, ["issued": .text(consent.issuedAt.display), "from": .text(application.from.display)]))
        }
        // Its own dates (a period it states that differs from the application's was reported above).
        for own in consent.problems where [.consentValidityTooLong, .consentEndsBeforeIssued].contains(own.code) {
            problems.append(problem(own.code, own.arguments))
        }
        if consent.validUntil < context.submittedOn {
            problems.append(problem(.consentExpired, ["date": .text(consent.validUntil.display)]))
        }
        return problems
    }

    /// When a representative submits: the applicant's power of attorney, signed by the applicant,
    /// naming the applicant and that representative, allowing registration, and in force on the
    /// day of submission.
    static func proxyProblems(
        _ application: Application, _ received: ReceivedConsent?, _ context: ReviewContext
    ) throws(InputError) -> [Problem] {
        guard let representative = application.representative else { return [] }
        guard let received else {
            return [Problem(.proxyMissing, arguments: ["person": .text(representative.fullName)], document: "powerOfAttorney")]
        }
        let submitted = received.submitted
        func problem(_ code: ProblemCode, _ arguments: ProblemArguments = [:], inner: [Problem] = []) -> Problem {
            Problem(code, arguments: arguments, document: submitted.document, problems: inner)
        }
        let bytes: [UInt8]
        let proxy: PowerOfAttorney
        do {
            bytes = try received.document.get()
            proxy = try PowerOfAttorney.decode(bytes)
        } catch {
            if error.code == .tooLarge { throw error }
            let reason = ProblemArgument.phrase(error.code == .malformed ? .notAProxyInStrictJSON : .fileCannotBeRead)
            return [problem(.proxyUnreadable, ["path": .text(submitted.document), "reason": reason])]
        }

        var problems: [Problem] = []
        let applicant = application.applicant
        if let verification = try verification(of: bytes, received, context) {
            if !verification.valid {
                problems.append(problem(.proxySignatureInvalid, inner: verification.problems))
            } else if let signer = verification.signer,
                      signer.snils.count != 1 || applicant.snils.map(digitsOnly) != signer.snils.first.map(digitsOnly) {
                // Who did sign is another person's data: the verdict does not show it.
                problems.append(problem(.proxySignerMismatch, ["person": .text(applicant.fullName)]))
            }
        } else {
            problems.append(problem(.proxySignatureInvalid, inner: [Problem(.unreadable, arguments: ["reason": .text(submitted.signature)])]))
        }

        func same(_ party: PowerOfAttorney.Party, name: String, snils: String?) -> Bool {
            normalised(party.fullName) == normalised(name) && digitsOnly(party.snils) == snils.map(digitsOnly)
        }
        if !same(proxy.principal, name: applicant.fullName, snils: applicant.snils) {
            problems.append(problem(.proxyDataMismatch, ["what": .phrase(.proxyPrincipal)]))
        }
        if !same(proxy.representative, name: representative.fullName, snils: representative.snils) {
            problems.append(problem(.proxyDataMismatch, ["what": .phrase(.proxyRepresentative)]))
        }
        if !proxy.powers.contains(.registration) {
            problems.append(problem(.proxyPowersInsufficient))
        }
        if proxy.issuedAt > context.submittedOn {
            problems.append(problem(.proxyNotYetValid, ["date": .text(proxy.issuedAt.display)]))
        }
        if proxy.validUntil < context.submittedOn {
            problems.append(problem(.proxyExpired, ["date": .text(proxy.validUntil.display)]))
        }
        return problems
    }

    /// The verdict on a signed document's detached signature, checked against the consents' trust
    /// anchors at the submission; nil when the signature could not be read. Throws the error of a
    /// signature larger than any may be.
    private static func verification(
        of bytes: [UInt8], _ received: ReceivedConsent, _ context: ReviewContext
    ) throws(InputError) -> SignatureVerification? {
        let signature: [UInt8]
        switch received.signature {
        case .success(let read): signature = read
        case .failure(let error) where error.code == .tooLarge: throw error
        case .failure: return nil
        }
        return try? SignatureVerifier.verify(bytes: bytes, signature: signature, trustAnchors: context.consentTrustAnchors,
                                             at: context.submittedAt, now: context.now)
    }

    /// Why the signer's certificate is not the person's, or nil when it is. Its one SNILS attribute
    /// (OID 1.2.643.100.3, as read from the subject's attributes) must be the person's: a name
    /// proves nothing (namesakes, and text that only looks like an attribute in a printed subject),
    /// and a certificate with two SNILS names nobody for sure.
    static func signedBy(_ signer: SignerIdentity, _ person: Owner) -> ProblemCode? {
        guard signer.snils.count <= 1 else { return .ambiguousSigner }
        guard let snils = signer.snils.first, let own = person.snils, !digitsOnly(own).isEmpty,
              digitsOnly(snils) == digitsOnly(own)
        else { return .consentSignerMismatch }
        return nil
    }

    private static func samePerson(_ owner: Owner, name: String, snils: String?) -> Bool {
        if let left = owner.snils, let right = snils { return digitsOnly(left) == digitsOnly(right) }
        return normalised(owner.fullName) == normalised(name)
    }

    private static func normalised(_ text: String) -> String {
        String(text.lowercased().map { $0 == "ё" ? "е" : $0 }).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The digits of a number as people write it ("087-654-303 00").
    static func digitsOnly(_ text: String) -> String { text.filter(\.isNumber) }

    private static func kind(of document: DocumentKind) -> ProblemArgument {
        switch document {
        case .passport: .phrase(.passportMainPage)
        case .rightToLive: .phrase(.proofOfRightToLive)
        case .migrationCard: .phrase(.migrationCard)
        case .birthCertificate: .phrase(.birthCertificate)
        case .powerOfAttorney: .phrase(.powerOfAttorney)
        }
    }
}

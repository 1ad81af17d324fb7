import AttestCore

/// A person as their identity document names them.
public struct Person: Sendable, Hashable, Codable {
    public var lastName: String
    public var firstName: String
    public var patronymic: String?
    public var birthDate: CivilDate
    /// `RU` for a citizen (internal passport); anything else for a foreign national.
    public var citizenship: String
    /// The passport: every applicant's identity document but a citizen's under 14.
    public var passport: Passport?
    /// A citizen under 14 is identified by the birth certificate: its series and number as
    /// printed, Roman numerals and Cyrillic letters (`IV-МЮ 123456`).
    public var birthCertificate: String?
    public var snils: String?
    public var inn: String?

    public var fullName: String { [lastName, firstName, patronymic].compactMap { $0 }.joined(separator: " ") }
    public var isCitizen: Bool { citizenship.uppercased() == "RU" }

    public init(lastName: String, firstName: String, patronymic: String? = nil, birthDate: CivilDate, citizenship: String = "RU",
                passport: Passport? = nil, birthCertificate: String? = nil, snils: String? = nil, inn: String? = nil) {
        (self.lastName, self.firstName, self.patronymic, self.birthDate) = (lastName, firstName, patronymic, birthDate)
        (self.citizenship, self.passport, self.birthCertificate, self.snils, self.inn) = (citizenship, passport, birthCertificate, snils, inn)
    }

    /// Full years on `date`. Born on 29 February, a person has their birthday on 28 February in
    /// the years that have no 29th.
    public func age(on date: CivilDate) -> Int {
        let leap = date.year % 4 == 0 && (date.year % 100 != 0 || date.year % 400 == 0)
        let birthday = (birthDate.month, birthDate.month == 2 && birthDate.day == 29 && !leap ? 28 : birthDate.day)
        return date.year - birthDate.year - ((date.month, date.day) < birthday ? 1 : 0)
    }

    /// Whether the person is identified by the birth certificate on `date`: a citizen under 14
    /// (a passport is issued at 14).
    public func identifiedByBirthCertificate(on date: CivilDate) -> Bool { isCitizen && age(on: date) < 14 }
}

/// An identity document: an internal passport (series and number) or a foreign one.
public struct Passport: Sendable, Hashable, Codable {
    public var series: String
    public var number: String
    public var issueDate: CivilDate
    public var issuedBy: String

    public init(series: String, number: String, issueDate: CivilDate, issuedBy: String) {
        (self.series, self.number, self.issueDate, self.issuedBy) = (series, number, issueDate, issuedBy)
    }
}

/// The owner of the dwelling (each co-owner consents on their own).
public struct Owner: Sendable, Hashable, Codable {
    public var fullName: String
    public var snils: String?
    public var passport: Passport

    public init(fullName: String, snils: String? = nil, passport: Passport) {
        (self.fullName, self.snils, self.passport) = (fullName, snils, passport)
    }
}

/// Why the applicant stays.
public enum StayReason: String, Sendable, Hashable, Codable, CaseIterable {
    case study, work, treatment, other
}

/// The kinds of uploaded document.
public enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    case passport
    /// Proof of the right to live there: lease, ownership extract, purchase, gift or inheritance contract.
    case rightToLive = "right-to-live"
    case migrationCard = "migration-card"
    case birthCertificate = "birth-certificate"
    case powerOfAttorney = "power-of-attorney"
}

/// A scan the applicant uploaded.
public struct UploadedDocument: Sendable, Hashable, Codable {
    public var kind: DocumentKind
    /// Where the scan is (a case file's paths are relative to the case file).
    public var path: String

    public init(kind: DocumentKind, path: String) {
        (self.kind, self.path) = (kind, path)
    }
}

/// A signed document as submitted (an owner's consent, a power of attorney): the document and its
/// detached signature.
public struct SubmittedConsent: Sendable, Hashable, Codable {
    public var document: String
    public var signature: String

    public init(document: String, signature: String) {
        (self.document, self.signature) = (document, signature)
    }
}

/// An application for temporary registration at the place of stay.
public struct Application: Sendable, Hashable, Codable {
    public var applicant: Person
    public var phone: String
    public var email: String
    public var address: String
    public var postalCode: String
    public var from: CivilDate
    public var until: CivilDate
    public var reason: StayReason
    /// Whether the applicant owns the dwelling (then no proof of the right to live there is needed,
    /// and the applicant's own consent is not).
    public var applicantOwnsDwelling: Bool
    public var owners: [Owner]
    /// For a minor: the second parent, who consents too.
    public var secondParent: Owner?
    public var documents: [UploadedDocument]
    public var consents: [SubmittedConsent]
    /// Who submits for the applicant, when a representative does: then the applicant's signed
    /// power of attorney must name them.
    public var representative: PowerOfAttorney.Party?
    /// The power of attorney and its detached signature, named as the consents are.
    public var powerOfAttorney: SubmittedConsent?

    public init(applicant: Person, phone: String, email: String, address: String, postalCode: String, from: CivilDate,
                until: CivilDate, reason: StayReason, applicantOwnsDwelling: Bool = false, owners: [Owner],
                secondParent: Owner? = nil, documents: [UploadedDocument], consents: [SubmittedConsent],
                representative: PowerOfAttorney.Party? = nil, powerOfAttorney: SubmittedConsent? = nil) {
        (self.applicant, self.phone, self.email, self.address, self.postalCode) = (applicant, phone, email, address, postalCode)
        (self.from, self.until, self.reason, self.applicantOwnsDwelling) = (from, until, reason, applicantOwnsDwelling)
        (self.owners, self.secondParent, self.documents, self.consents) = (owners, secondParent, documents, consents)
        (self.representative, self.powerOfAttorney) = (representative, powerOfAttorney)
    }

    /// Whether the applicant is under 18 on `date`: the second parent consents too.
    public func applicantIsMinor(on date: CivilDate) -> Bool { applicant.age(on: date) < 18 }
}

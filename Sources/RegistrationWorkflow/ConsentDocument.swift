import AttestCore
import FoundationEssentials

/// A structured document a person signs with `attest sign` (the owner's consent, the applicant's
/// power of attorney): written in one form, read strictly.
public protocol SignedDocument: Codable {}

extension SignedDocument {
    /// The document as it is written for its signer: pretty JSON, keys sorted, one representation
    /// for the same document so a signature stays checkable.
    public func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }

    /// Reads the document strictly: what its signer signed must read the same in every JSON reader.
    public static func decode(_ bytes: [UInt8]) throws(InputError) -> Self {
        try JSONInput.decode(Self.self, from: bytes)
    }
}

/// The owner's consent to the registration (the "invitation"): a structured document the owner
/// signs with `attest sign`, compared field by field with the application.
public struct ConsentDocument: Sendable, Hashable, SignedDocument {
    public struct Applicant: Sendable, Hashable, Codable {
        public var fullName: String
        public var birthDate: CivilDate

        public init(fullName: String, birthDate: CivilDate) {
            (self.fullName, self.birthDate) = (fullName, birthDate)
        }
    }

    public var owner: Owner
    public var applicant: Applicant
    public var address: String
    public var from: CivilDate
    public var until: CivilDate
    public var issuedAt: CivilDate
    public var validUntil: CivilDate

    public init(owner: Owner, applicant: Applicant, address: String, from: CivilDate, until: CivilDate,
                issuedAt: CivilDate, validUntil: CivilDate) {
        (self.owner, self.applicant, self.address, self.from, self.until) = (owner, applicant, address, from, until)
        (self.issuedAt, self.validUntil) = (issuedAt, validUntil)
    }

    /// What is wrong with the consent on its own, whatever application it goes with: a period of
    /// stay that runs backwards or is too long, a consent issued more than 30 days before the stay,
    /// one that ends before it is issued, or one valid for more than 90 days.
    public var problems: [Problem] {
        let person: ProblemArgument = .text(owner.fullName)
        var found: [Problem] = []
        if let period = FormRules.period(from: from, until: until, field: "period") { found.append(period) }
        if issuedAt < from.adding(days: -30) {
            found.append(Problem(.consentTooEarly, arguments: ["person": person, "issued": .text(issuedAt.display), "from": .text(from.display)],
                                 field: "issuedAt"))
        }
        if validUntil < issuedAt {
            found.append(Problem(.consentEndsBeforeIssued, arguments: ["person": person, "until": .text(validUntil.display),
                                                                       "issued": .text(issuedAt.display)], field: "validUntil"))
        } else if case let days = issuedAt.days(to: validUntil) + 1, days > 90 {
            found.append(Problem(.consentValidityTooLong, arguments: ["person": person, "days": .number(days)], field: "validUntil"))
        }
        return found
    }

    /// Throws `WorkflowError.consentRefused` with every problem the consent has on its own: for a
    /// caller about to have it signed, since an owner would sign it for nothing.
    public func check() throws(WorkflowError) {
        let problems = problems
        guard problems.isEmpty else { throw .consentRefused(problems) }
    }
}

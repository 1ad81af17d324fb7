import AttestCore
import FoundationEssentials

/// A power of attorney: the applicant (the principal) lets a representative act for them, and
/// signs it with a qualified electronic signature (`attest sign`, a GOST key as a rule). Like
/// the owner's consent, a structured document compared field by field with the application.
public struct PowerOfAttorney: Sendable, Hashable, SignedDocument {
    /// A person the power of attorney names: by name and SNILS, the number a qualified
    /// signature's certificate carries.
    public struct Party: Sendable, Hashable, Codable {
        public var fullName: String
        public var snils: String

        public init(fullName: String, snils: String) {
            (self.fullName, self.snils) = (fullName, snils)
        }
    }

    /// What a representative may do.
    public enum Power: String, Sendable, Hashable, Codable, CaseIterable {
        /// Apply for registration at the place of stay, and resubmit.
        case registration
        /// Apply to extend a registration.
        case extensionOfRegistration = "extension"
    }

    public var principal: Party
    public var representative: Party
    public var powers: [Power]
    public var issuedAt: CivilDate
    public var validUntil: CivilDate

    public init(principal: Party, representative: Party, powers: [Power], issuedAt: CivilDate, validUntil: CivilDate) {
        (self.principal, self.representative, self.powers) = (principal, representative, powers)
        (self.issuedAt, self.validUntil) = (issuedAt, validUntil)
    }

    /// What is wrong with it on its own, whatever application it goes with: no power, one that
    /// ends before it is issued, a principal who is their own representative, a SNILS that is not one.
    public var problems: [Problem] {
        var found: [Problem] = []
        for (party, field) in [(principal, "principal.snils"), (representative, "representative.snils")] {
            if let problem = FormRules.snils(party.snils, field: field) { found.append(problem) }
        }
        if powers.isEmpty {
            found.append(Problem(.proxyPowersInsufficient, field: "powers"))
        }
        if validUntil < issuedAt {
            found.append(Problem(.proxyEndsBeforeIssued, arguments: ["until": .text(validUntil.display), "issued": .text(issuedAt.display)],
                                 field: "validUntil"))
        }
        if ApplicationReview.digitsOnly(principal.snils) == ApplicationReview.digitsOnly(representative.snils) {
            found.append(Problem(.proxyDataMismatch, arguments: ["what": .phrase(.proxyRepresentative)], field: "representative"))
        }
        return found
    }

    /// Throws `WorkflowError.proxyRefused` with every problem it has on its own: for a caller
    /// about to have it signed, since a principal would sign it for nothing.
    public func check() throws(WorkflowError) {
        let problems = problems
        guard problems.isEmpty else { throw .proxyRefused(problems) }
    }
}

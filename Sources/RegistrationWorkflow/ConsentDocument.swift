import AttestCore
import FoundationEssentials

/// The owner's consent to the registration (the "invitation"): a structured document the owner
/// signs with `attest sign`, compared field by field with the application.
public struct ConsentDocument: Sendable, Hashable, Codable {
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

    /// The consent as it is written for the owner to sign: pretty JSON, keys sorted, one
    /// representation for the same consent so a signature stays checkable.
    public func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }

    /// Reads a consent document.
    public static func decode(_ bytes: [UInt8]) throws -> ConsentDocument {
        try JSONDecoder().decode(ConsentDocument.self, from: Data(bytes))
    }
}

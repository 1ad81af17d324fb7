import AttestCore
import FoundationEssentials

/// What a certificate of registration at the place of stay says.
public struct CertificateData: Sendable, Hashable, Codable {
    /// `RR-YYYY-NNNNNN`: region, year, serial.
    public let number: String
    public let holderFullName: String
    public let holderBirthDate: CivilDate
    /// The identity document, as it is to be printed.
    public let holderDocument: String
    public let address: String
    public let validFrom: CivilDate
    public let validUntil: CivilDate
    public let issuedAt: CivilDate
    public let issuer: String

    /// Whether `number` has the form RR-YYYY-NNNNNN (ASCII digits).
    static func isTitleNumber(_ number: String) -> Bool {
        let groups = number.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        return groups.map(\.count) == [2, 4, 6] && groups.allSatisfy { $0.allSatisfy { (0x30...0x39).contains($0) } }
    }

    /// Reads the certificate JSON (`number`, `holder.{fullName,birthDate,document}`, `address`,
    /// `validFrom`, `validUntil`, `issuedAt`, `issuer`), refusing it with every field at fault;
    /// `source` names where it came from (a file, a line of a batch) in the error's message.
    public init(json: [UInt8], source: String = "") throws(CertificateError) {
        guard json.count <= InputLimits.document else {
            // Without grouping: a figure to compare with `wc -c`.
            throw CertificateError(.dataTooLarge, .certificateDataTooLarge, ["limit": .text(String(InputLimits.document))], source: source)
        }
        let parsed: JSONInput
        do throws(InputError) {
            parsed = try JSONInput(parsing: json)
        } catch {
            throw CertificateError(fields: [error.field], reasons: [error.reason], source: source)
        }
        guard let object = parsed.object else {
            throw CertificateError(fields: [""], reasons: [.phrase(.certificateDataNotAnObject)], source: source)
        }
        var fields: [String] = []
        var reasons: [ProblemArgument] = []
        func fail(_ field: String, _ reason: Phrase) {
            fields.append(field)
            reasons.append(.phrase(reason))
        }
        func text(_ dictionary: [String: JSONInput]?, _ key: String, _ path: String) -> String {
            guard let value = dictionary?[key] else { fail(path, .jsonMissing); return "" }
            guard let string = value.string else { fail(path, .certificateFieldNotAString); return "" }
            let trimmed = string.trimmingWhitespace()
            if trimmed.isEmpty { fail(path, .certificateFieldEmpty) }
            if trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                fail(path, .certificateFieldControlCharacter)
            }
            return trimmed
        }
        func date(_ dictionary: [String: JSONInput]?, _ key: String, _ path: String) -> CivilDate? {
            let value = text(dictionary, key, path)
            guard !value.isEmpty else { return nil }
            guard let date = CivilDate(iso: value) else { fail(path, .certificateFieldNotADate); return nil }
            return date
        }
        let holder = object["holder"]?.object
        if object["holder"] == nil { fail("holder", .jsonMissing) } else if holder == nil { fail("holder", .certificateFieldNotAnObject) }
        let number = text(object, "number", "number")
        if !number.isEmpty, !CertificateData.isTitleNumber(number) {
            fail("number", .certificateNumberForm)
        }
        let fullName = holder == nil ? "" : text(holder, "fullName", "holder.fullName")
        let birthDate = holder == nil ? nil : date(holder, "birthDate", "holder.birthDate")
        let document = holder == nil ? "" : text(holder, "document", "holder.document")
        let address = text(object, "address", "address")
        let validFrom = date(object, "validFrom", "validFrom")
        let validUntil = date(object, "validUntil", "validUntil")
        let issuedAt = date(object, "issuedAt", "issuedAt")
        let issuer = text(object, "issuer", "issuer")
        if let validFrom, let validUntil, validUntil < validFrom { fail("validUntil", .certificateEndsBeforeStart) }
        guard fields.isEmpty, let birthDate, let validFrom, let validUntil, let issuedAt else {
            throw CertificateError(fields: fields, reasons: reasons, source: source)
        }
        self.number = number
        self.holderFullName = fullName
        self.holderBirthDate = birthDate
        self.holderDocument = document
        self.address = address
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.issuedAt = issuedAt
        self.issuer = issuer
    }

    /// Certificate data from its fields, held to the same rules as the JSON it would be read from.
    public static func make(
        number: String, holderFullName: String, holderBirthDate: CivilDate, holderDocument: String, address: String,
        validFrom: CivilDate, validUntil: CivilDate, issuedAt: CivilDate, issuer: String
    ) throws(CertificateError) -> CertificateData {
        try CertificateData(json: Array(JSONValue.members([
            "number": .string(number),
            "holder": .members(["fullName": .string(holderFullName), "birthDate": .string(holderBirthDate.iso),
                                "document": .string(holderDocument)]),
            "address": .string(address), "validFrom": .string(validFrom.iso), "validUntil": .string(validUntil.iso),
            "issuedAt": .string(issuedAt.iso), "issuer": .string(issuer),
        ]).serialized().utf8))
    }

    /// The same certificate with the stay ending on `validUntil` (an extension).
    public func extended(until validUntil: CivilDate) throws(CertificateError) -> CertificateData {
        try CertificateData.make(number: number, holderFullName: holderFullName, holderBirthDate: holderBirthDate,
                                 holderDocument: holderDocument, address: address, validFrom: validFrom, validUntil: validUntil,
                                 issuedAt: issuedAt, issuer: issuer)
    }
}

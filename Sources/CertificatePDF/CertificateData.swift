import AttestCore
import FoundationEssentials

/// Why certificate data was refused: every field that is missing or malformed, by its JSON path.
public struct CertificateDataError: Error, Equatable, CustomStringConvertible {
    /// The fields at fault, as `holder.birthDate`.
    public let fields: [String]
    /// What is wrong with each, in the same order.
    public let details: [String]

    public var description: String {
        zip(fields, details).map { "\($0): \($1)" }.joined(separator: "; ")
    }
}

/// What a certificate of registration at the place of stay says.
public struct CertificateData: Sendable, Hashable {
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

    /// Reads the certificate JSON (`number`, `holder.{fullName,birthDate,document}`, `address`,
    /// `validFrom`, `validUntil`, `issuedAt`, `issuer`), refusing it with every field at fault.
    /// Whether `number` has the form RR-YYYY-NNNNNN (ASCII digits).
    static func isTitleNumber(_ number: String) -> Bool {
        let groups = number.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        return groups.map(\.count) == [2, 4, 6] && groups.allSatisfy { $0.allSatisfy { (0x30...0x39).contains($0) } }
    }

    public init(json: [UInt8]) throws(CertificateDataError) {
        let parsed: JSONInput
        do {
            parsed = try JSONInput(parsing: json)
        } catch {
            throw CertificateDataError(fields: [error.field.isEmpty ? "(document)" : error.field], details: [error.reason.text(in: .en)])
        }
        guard let object = parsed.object else {
            throw CertificateDataError(fields: ["(document)"], details: ["not a JSON object"])
        }
        var fields: [String] = []
        var details: [String] = []
        func fail(_ field: String, _ detail: String) {
            fields.append(field)
            details.append(detail)
        }
        func text(_ dictionary: [String: JSONInput]?, _ key: String, _ path: String) -> String {
            guard let value = dictionary?[key] else { fail(path, "missing"); return "" }
            guard let string = value.string else { fail(path, "not a string"); return "" }
            let trimmed = string.trimmingWhitespace()
            if trimmed.isEmpty { fail(path, "empty") }
            if trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                fail(path, "holds a control character")
            }
            return trimmed
        }
        func date(_ dictionary: [String: JSONInput]?, _ key: String, _ path: String) -> CivilDate? {
            let value = text(dictionary, key, path)
            guard !value.isEmpty else { return nil }
            guard let date = CivilDate(iso: value) else { fail(path, "not a date in the form YYYY-MM-DD"); return nil }
            return date
        }
        let holder = object["holder"]?.object
        if object["holder"] == nil { fail("holder", "missing") } else if holder == nil { fail("holder", "not an object") }
        let number = text(object, "number", "number")
        if !number.isEmpty, !CertificateData.isTitleNumber(number) {
            fail("number", "not of the form RR-YYYY-NNNNNN")
        }
        let fullName = holder == nil ? "" : text(holder, "fullName", "holder.fullName")
        let birthDate = holder == nil ? nil : date(holder, "birthDate", "holder.birthDate")
        let document = holder == nil ? "" : text(holder, "document", "holder.document")
        let address = text(object, "address", "address")
        let validFrom = date(object, "validFrom", "validFrom")
        let validUntil = date(object, "validUntil", "validUntil")
        let issuedAt = date(object, "issuedAt", "issuedAt")
        let issuer = text(object, "issuer", "issuer")
        if let validFrom, let validUntil, validUntil < validFrom { fail("validUntil", "before validFrom") }
        guard fields.isEmpty, let birthDate, let validFrom, let validUntil, let issuedAt else {
            throw CertificateDataError(fields: fields, details: details)
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
    ) throws(CertificateDataError) -> CertificateData {
        try CertificateData(json: Array(JSONValue.members([
            "number": .string(number),
            "holder": .members(["fullName": .string(holderFullName), "birthDate": .string(holderBirthDate.iso),
                                "document": .string(holderDocument)]),
            "address": .string(address), "validFrom": .string(validFrom.iso), "validUntil": .string(validUntil.iso),
            "issuedAt": .string(issuedAt.iso), "issuer": .string(issuer),
        ]).serialized().utf8))
    }

    /// The same certificate with the stay ending on `validUntil` (an extension).
    public func extended(until validUntil: CivilDate) throws(CertificateDataError) -> CertificateData {
        try CertificateData.make(number: number, holderFullName: holderFullName, holderBirthDate: holderBirthDate,
                                 holderDocument: holderDocument, address: address, validFrom: validFrom, validUntil: validUntil,
                                 issuedAt: issuedAt, issuer: issuer)
    }
}

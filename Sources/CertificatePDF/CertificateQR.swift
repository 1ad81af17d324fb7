import AttestCore
import Signing

/// The QR code's payload: the certificate's printed facts and the issuer's signature over them,
/// checkable offline, as the EU digital COVID certificate is.
///
/// Text: `RUREG1:` then Base45 of the bytes `version(1) flags(1) fields…` where the fields (number,
/// full name, birth date, valid from, valid until, issued at; UTF-8, dates ISO) are separated by
/// 0x1F. Signed (flags 1): then the 8-byte key identifier of the issuer's key, then its 64-byte
/// compact signature (ECDSA P-256 r‖s or Ed25519) over everything before the signature. Nothing
/// is in it that the paper does not show.
public enum CertificateQR {
    static let prefix = "RUREG1:"
    private static let version: UInt8 = 1
    private static let separator: UInt8 = 0x1F

    /// The payload for `data`, signed with the issuer's key when `signer` is given.
    public static func payload(
        for data: CertificateData, signer: (key: SigningKey, certificate: X509Certificate)? = nil
    ) throws(SigningError) -> String {
        var bytes: [UInt8] = [version, signer == nil ? 0 : 1]
        bytes += fields(of: data).map { Array($0.utf8) }.joined(separator: [separator])
        if let signer {
            bytes += signer.certificate.keyIdentifier
            bytes += try signer.key.compactSignature(of: bytes)
        }
        return prefix + Base45.encode(bytes)
    }

    static func fields(of data: CertificateData) -> [String] {
        [data.number, data.holderFullName, data.holderBirthDate.iso, data.validFrom.iso, data.validUntil.iso, data.issuedAt.iso]
    }

    /// What a scanned payload says, and what is wrong with it.
    public struct Verification: Sendable, JSONRepresentable {
        public let number: String?
        public let holderFullName: String?
        public let holderBirthDate: String?
        public let validFrom: String?
        public let validUntil: String?
        public let issuedAt: String?
        /// The subject of the trusted certificate whose key signed it.
        public let signer: String?
        public let problems: [Problem]

        public var valid: Bool { !problems.containsError }

        public func json(in language: Language) -> JSONValue {
            .members([
                "valid": .bool(valid), "number": .string(number), "holderFullName": .string(holderFullName),
                "holderBirthDate": .string(holderBirthDate), "validFrom": .string(validFrom),
                "validUntil": .string(validUntil), "issuedAt": .string(issuedAt), "signer": .string(signer),
                "problems": .array(problems, in: language),
            ])
        }
    }

    /// Checks a scanned payload against the trusted keys in `trusted` (certificates whose key may
    /// sign certificates of registration) and the dates against `today`.
    public static func verify(_ text: String, trustAnchors: [X509Certificate], today: CivilDate = .today()) -> Verification {
        func reject(_ reason: ProblemArgument) -> Verification {
            Verification(number: nil, holderFullName: nil, holderBirthDate: nil, validFrom: nil, validUntil: nil,
                         issuedAt: nil, signer: nil,
                         problems: [Problem(.qrMismatch, arguments: ["reason": reason])])
        }
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasPrefix(prefix), let bytes = Base45.decode(String(trimmed.dropFirst(prefix.count))),
              bytes.count >= 2, bytes[0] == version, bytes[1] <= 1
        else { return reject(.phrase(.notAnAttestPayload)) }
        let signed = bytes[1] == 1
        let signatureLength = signed ? 8 + 64 : 0
        guard bytes.count >= 2 + signatureLength else { return reject(.phrase(.payloadCutShort)) }
        let body = bytes[2..<(bytes.count - signatureLength)]
        let fields = body.split(separator: separator, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        guard fields.count == 6, let from = CivilDate(iso: fields[3]), let until = CivilDate(iso: fields[4]),
              CivilDate(iso: fields[2]) != nil, CivilDate(iso: fields[5]) != nil
        else { return reject(.phrase(.payloadFieldsUnreadable)) }

        var problems: [Problem] = []
        var signerName: String?
        if signed {
            let keyIdentifier = Array(bytes[(bytes.count - 72)..<(bytes.count - 64)])
            let signature = Array(bytes.suffix(64))
            let message = Array(bytes.prefix(bytes.count - 64))
            let candidates = trustAnchors.filter { $0.keyIdentifier == keyIdentifier }
            if let match = candidates.first(where: { $0.verifiesCompactSignature(signature, of: message) }) {
                signerName = match.subject
            } else if candidates.isEmpty {
                problems.append(Problem(.untrustedSigner, arguments: [
                    "reason": .phrase(.noCertificateHoldsTheKey),
                ]))
            } else {
                problems.append(Problem(.badSignature, arguments: [
                    "reason": .phrase(.payloadChangedAfterSigning),
                ]))
            }
        } else {
            problems.append(Problem(.noSignature))
        }
        if today < from { problems.append(Problem(.notYetValid, arguments: ["date": .text(from.display)])) }
        if until < today { problems.append(Problem(.expired, arguments: ["date": .text(until.display)])) }
        return Verification(number: fields[0], holderFullName: fields[1], holderBirthDate: fields[2], validFrom: fields[3],
                            validUntil: fields[4], issuedAt: fields[5], signer: signerName, problems: problems)
    }
}

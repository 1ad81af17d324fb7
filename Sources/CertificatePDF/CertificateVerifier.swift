// Every call into the qpdf shim from this module is in this file.

import AttestCore
import Signing
import FoundationEssentials
internal import CAttestShims

/// The verdict on a certificate PDF: its signature, the stored QR payload, and its period.
public struct CertificateVerification: Sendable, JSONRepresentable {
    /// Who signed the PDF, when it is signed.
    public let signer: SignerIdentity?
    /// The PDF signature's SubFilter, e.g. `ETSI.CAdES.detached`.
    public let subFilter: String?
    /// What the stored QR payload says.
    public let qr: CertificateQR.Verification?
    public let problems: [Problem]

    public var valid: Bool { !problems.containsError }

    public func json(in language: Language) -> JSONValue {
        .members([
            "valid": .bool(valid), "signer": .value(signer, in: language), "subFilter": .string(subFilter),
            "number": .string(qr?.number), "holderFullName": .string(qr?.holderFullName),
            "validFrom": .string(qr?.validFrom), "validUntil": .string(qr?.validUntil),
            "problems": .array(problems, in: language),
        ])
    }
}

/// Checks certificate PDFs: the /ByteRange covers the whole file but /Contents, the CMS signature
/// verifies and chains to a trust anchor, the stored QR payload verifies, and the period holds.
public enum CertificateVerifier {
    /// Verifies `pdf` against `trustAnchors`; `issuers` are certificates issued by an anchor whose
    /// keys may sign QR payloads (a trust list: a chain does not fit in a QR code).
    public static func verify(
        pdf: [UInt8], trustAnchors: [X509Certificate], issuers: [X509Certificate] = [], today: CivilDate = .today(), now: Date = Date()
    ) -> CertificateVerification {
        var raw = attest_pdf_signature()
        pdf.withUnsafeBufferPointer { attest_pdf_read_signature($0.baseAddress, $0.count, &raw) }
        defer { attest_pdf_signature_free(&raw) }
        let message = withUnsafeBytes(of: raw.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if raw.status == ATTEST_PDF_CORRUPT || raw.status == ATTEST_PDF_UNAVAILABLE {
            let code: ProblemCode = raw.status == ATTEST_PDF_CORRUPT ? .corrupt : .unreadable
            let reason = ProblemArgument.phrase(raw.status == ATTEST_PDF_CORRUPT ? .structureCannotBeRead : .pdfSupportCannotBeLoaded)
            return CertificateVerification(signer: nil, subFilter: nil, qr: nil,
                                           problems: [Problem(code, arguments: ["reason": reason], detail: message)])
        }
        var problems: [Problem] = []
        var signer: SignerIdentity?
        let subFilter = raw.sub_filter.map { String(cString: $0) }
        if raw.found == 0 {
            problems.append(Problem(.noSignature))
        } else {
            let ranges = withUnsafeBytes(of: raw.byte_range) { $0.bindMemory(to: Int64.self).map { Int($0) } }
            let contents = raw.contents.map { Array(UnsafeBufferPointer(start: $0, count: raw.contents_length)) } ?? []
            if let reason = byteRangeFault(ranges, in: pdf) {
                problems.append(Problem(.byteRange, arguments: ["reason": reason]))
            } else {
                let signed = Array(pdf[0..<ranges[1]] + pdf[ranges[2]..<(ranges[2] + ranges[3])])
                do throws(SigningError) {
                    let verification = try SignatureVerifier.verify(bytes: signed, signature: contents, trustAnchors: trustAnchors, now: now)
                    signer = verification.signer
                    let trust: Set<ProblemCode> = [.untrustedSigner, .signerExpired, .signerNotYetValid, .revoked]
                    let untrusted = verification.problems.filter { trust.contains($0.code) }
                    let broken = verification.problems.filter { !trust.contains($0.code) && $0.severity == .error }
                    if !broken.isEmpty {
                        problems.append(Problem(.badSignature, arguments: [
                            "reason": .phrase(.pdfCMSSignature),
                        ], problems: broken))
                    }
                    if !untrusted.isEmpty {
                        problems.append(Problem(.untrustedSigner, arguments: [
                            "reason": .phrase(.pdfCMSSignature),
                        ], problems: untrusted))
                    }
                } catch {
                    problems.append(Problem(.badSignature, arguments: [
                        "reason": .phrase(.signatureCannotBeChecked),
                    ], detail: error.description))
                }
            }
        }

        var qr: CertificateQR.Verification?
        if let payload = raw.info_payload.map({ String(cString: $0) }) {
            let anchors = trustAnchors + issuers.filter { $0.chains(to: trustAnchors, at: now) }
            let verification = CertificateQR.verify(payload, trustAnchors: anchors, today: today)
            qr = verification
            let period: Set<ProblemCode> = [.expired, .notYetValid]
            problems += verification.problems.filter { period.contains($0.code) }
            var signature = verification.problems.filter { !period.contains($0.code) }
            // The payload must be this certificate's: its number is the one the file's title gives.
            let title = raw.info_title.map { String(cString: $0) } ?? ""
            if let number = verification.number, !title.hasSuffix("№ \(number)") {
                signature.append(Problem(.qrMismatch, arguments: [
                    "reason": .phrase(.qrNumberNotTheCertificates),
                ]))
            }
            if !signature.isEmpty {
                problems.append(Problem(.qrMismatch, arguments: [
                    "reason": .phrase(.storedQRPayloadDoesNotVerify),
                ], problems: signature))
            }
        } else {
            problems.append(Problem(.qrMismatch, arguments: [
                "reason": .phrase(.noStoredQRPayload),
            ]))
        }
        return CertificateVerification(signer: signer, subFilter: subFilter, qr: qr, problems: problems)
    }

    /// Why `ranges` do not cover all of `pdf` but one hex string, or nil when they do.
    private static func byteRangeFault(_ ranges: [Int], in pdf: [UInt8]) -> ProblemArgument? {
        guard ranges.count == 4, !ranges.contains(where: { $0 < 0 }) else {
            return .phrase(.byteRangeNotFourIntegers)
        }
        guard ranges[0] == 0 else { return .phrase(.byteRangeNotFromFirstByte) }
        guard ranges[1] < ranges[2], ranges[2] + ranges[3] == pdf.count else {
            return .phrase(.byteRangeNotToTheEnd)
        }
        guard pdf[ranges[1]] == 0x3C, pdf[ranges[2] - 1] == 0x3E,
              pdf[(ranges[1] + 1)..<(ranges[2] - 1)].allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x46) || ($0 >= 0x61 && $0 <= 0x66) })
        else { return .phrase(.byteRangeGapNotSignature) }
        return nil
    }
}

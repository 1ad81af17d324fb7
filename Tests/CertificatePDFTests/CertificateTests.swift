import AttestCore
import Signing
import Foundation
import Testing
@testable import CertificatePDF

let sample = Array("""
    {"number": "77-2026-000123",
     "holder": {"fullName": "Иванов Иван Иванович", "birthDate": "1990-05-17",
                "document": "Паспорт гражданина РФ 4510 123456"},
     "address": "125009, г. Москва, ул. Тверская, д. 1, кв. 5",
     "validFrom": "2026-12-01", "validUntil": "2027-02-28",
     "issuedAt": "2026-11-25", "issuer": "Отдел по вопросам миграции ОМВД России по району Тверской"}
    """.utf8)

private func data(replacing old: String, with new: String) throws -> CertificateData {
    try CertificateData(json: Array(String(decoding: sample, as: UTF8.self).replacingOccurrences(of: old, with: new).utf8))
}

@Suite struct CertificateDataTests {
    @Test func readsEveryField() throws {
        let data = try CertificateData(json: sample)
        #expect(data.number == "77-2026-000123")
        #expect(data.holderFullName == "Иванов Иван Иванович")
        #expect(data.holderBirthDate.display == "17.05.1990")
        #expect(data.validUntil.iso == "2027-02-28")
        #expect(data.issuer.hasPrefix("Отдел"))
    }

    @Test(arguments: [
        (#""number": "77-2026-000123""#, #""number": "77-26-123""#, "number"),
        (#""birthDate": "1990-05-17""#, #""birthDate": "1990-02-30""#, "holder.birthDate"),
        (#""validFrom": "2026-12-01""#, #""validFrom": "01.12.2026""#, "validFrom"),
        (#""validUntil": "2027-02-28""#, #""validUntil": "2026-11-01""#, "validUntil"),
        (#""issuer": "#, #""issuerName": "#, "issuer"),
        (#""fullName": "Иванов Иван Иванович""#, #""fullName": 42"#, "holder.fullName"),
        (#""address": "125009, г. Москва, ул. Тверская, д. 1, кв. 5""#, #""address": "  ""#, "address"),
    ])
    func refusesNamingTheField(old: String, new: String, field: String) {
        let error = #expect(throws: CertificateError.self) { try data(replacing: old, with: new) }
        #expect(error?.fields == [field])
    }

    @Test func reportsEveryBadFieldAtOnce() {
        let error = #expect(throws: CertificateError.self) { try CertificateData(json: Array(#"{"number": "x"}"#.utf8)) }
        #expect(error?.fields == ["holder", "number", "address", "validFrom", "validUntil", "issuedAt", "issuer"])
        #expect(throws: CertificateError.self) { try CertificateData(json: Array("[1]".utf8)) }
    }

    @Test func leapDays() {
        #expect(CivilDate(iso: "2028-02-29") != nil)
        #expect(CivilDate(iso: "2027-02-29") == nil)
        #expect(CivilDate(iso: "2100-02-29") == nil)
        #expect(CivilDate(iso: "2000-02-29") != nil)
    }
}

@Suite struct Base45Tests {
    /// The examples of RFC 9285, section 4.
    @Test func rfcExamples() {
        #expect(Base45.encode(Array("AB".utf8)) == "BB8")
        #expect(Base45.encode(Array("Hello!!".utf8)) == "%69 VD92EX0")
        #expect(Base45.encode(Array("base-45".utf8)) == "UJCLQE7W581")
        #expect(Base45.decode("QED8WEX0") == Array("ietf!".utf8))
        #expect(Base45.decode("GGW") == nil)  // 65535 + 1: out of range
        #expect(Base45.decode("a") == nil)
    }

    @Test func roundTripsAnyBytes() {
        for length in 0..<64 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            #expect(Base45.decode(Base45.encode(bytes)) == bytes)
        }
    }
}

@Suite struct CertificateQRTests {
    private let today = CivilDate(iso: "2026-12-15")!

    private func issuer(_ algorithm: KeyAlgorithm = .ecdsaP256) throws -> (key: SigningKey, certificate: X509Certificate) {
        let key = try SigningKey.generate(algorithm)
        return (key, try X509Certificate.make(subject: "CN=ОВМ ОМВД России по району Тверской", key: key))
    }

    @Test(arguments: [KeyAlgorithm.ecdsaP256, .ed25519])
    func aSignedPayloadVerifies(algorithm: KeyAlgorithm) throws {
        let signer = try issuer(algorithm)
        let payload = try CertificateQR.payload(for: try CertificateData(json: sample), signer: signer)
        #expect(payload.hasPrefix("RUREG1:"))
        #expect(payload.count < 400)
        let verification = CertificateQR.verify(payload, trustAnchors: [signer.certificate], today: today)
        #expect(verification.valid, "\(verification.problems)")
        #expect(verification.holderFullName == "Иванов Иван Иванович")
        #expect(verification.signer == "CN=ОВМ ОМВД России по району Тверской")
    }

    @Test func aChangedFieldFails() throws {
        let signer = try issuer()
        let payload = try CertificateQR.payload(for: try CertificateData(json: sample), signer: signer)
        var bytes = try #require(Base45.decode(String(payload.dropFirst(7))))
        bytes[5] ^= 0x01  // a digit of the number
        let forged = "RUREG1:" + Base45.encode(bytes)
        #expect(CertificateQR.verify(forged, trustAnchors: [signer.certificate], today: today).problems.map(\.code) == [.badSignature])
    }

    @Test func anotherIssuersKeyIsUntrusted() throws {
        let payload = try CertificateQR.payload(for: try CertificateData(json: sample), signer: try issuer())
        let verification = CertificateQR.verify(payload, trustAnchors: [try issuer().certificate], today: today)
        #expect(verification.problems.map(\.code) == [.untrustedSigner])
    }

    @Test func unsignedPayloadsSaySo() throws {
        let payload = try CertificateQR.payload(for: try CertificateData(json: sample))
        #expect(CertificateQR.verify(payload, trustAnchors: [try issuer().certificate], today: today).problems.map(\.code) == [.noSignature])
    }

    @Test func thePeriodIsChecked() throws {
        let signer = try issuer()
        let payload = try CertificateQR.payload(for: try CertificateData(json: sample), signer: signer)
        #expect(CertificateQR.verify(payload, trustAnchors: [signer.certificate], today: CivilDate(iso: "2026-11-30")!).problems.map(\.code) == [.notYetValid])
        #expect(CertificateQR.verify(payload, trustAnchors: [signer.certificate], today: CivilDate(iso: "2027-03-01")!).problems.map(\.code) == [.expired])
        #expect(CertificateQR.verify(payload, trustAnchors: [signer.certificate], today: CivilDate(iso: "2027-02-28")!).valid)
    }

    @Test func garbageIsAMismatch() throws {
        for text in ["", "RUREG1:", "RUREG1:abc", "HC1:NCFOXN", "RUREG1:" + Base45.encode([1, 1, 2, 3])] {
            #expect(CertificateQR.verify(text, trustAnchors: [], today: today).problems.map(\.code) == [.qrMismatch], "\(text)")
        }
    }

    @Test func rsaKeysAreTooLargeForAQR() throws {
        #expect(throws: SigningError(code: .unsupportedAlgorithm, detail: "")) {
            try CertificateQR.payload(for: try CertificateData(json: sample), signer: try issuer(.rsa3072))
        }
    }

    @Test func anIssuerNeedsAnECDSAKey() throws {
        let ed25519 = try issuer(.ed25519)
        #expect(throws: CertificateError(.issuerKeyUnsupported, .issuerKeyUnsupported)) {
            try CertificateIssuer(key: ed25519.key, certificate: ed25519.certificate)
        }
    }
}

@Suite struct RendererTests {
    @Test func rendersOnePageWithTheFontSubset() throws {
        let pdf = try CertificateRenderer().render(try CertificateData(json: sample))
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-1.7\n"))
        #expect(text.hasSuffix("%%EOF\n"))
        #expect(text.contains("/Subtype /CIDFontType2"))
        #expect(text.contains("/CIDToGIDMap /Identity"))
        #expect(text.contains("/Count 1"))
        #expect(pdf.count < 40 * 1024)
    }

    @Test func theSameDataGivesTheSameBytes() throws {
        let renderer = try CertificateRenderer()
        let data = try CertificateData(json: sample)
        #expect(try renderer.render(data) == renderer.render(data))
    }

    @Test func aMissingFontIsAClearError() {
        let missing = #expect(throws: CertificateError.self) { try CertificateRenderer(fontPath: "/nonexistent.ttf") }
        #expect(missing?.code == .fontUnreadable)
        let notAFont = #expect(throws: CertificateError.self) { try CertificateRenderer(fontPath: "/etc/hostname") }
        #expect(notAFont?.code == .notAFont)
    }

    @Test func dataTooLongForAQRCodeIsRefused() throws {
        let long = try data(replacing: "Иванов Иван Иванович", with: String(repeating: "Иванов ", count: 600))
        #expect(throws: CertificateError(.qrPayloadTooLarge, .qrPayloadTooLarge)) { try CertificateRenderer().render(long) }
    }
}

@Suite struct VerifierTests {
    @Test func aPayloadFromAnotherCertificateIsAMismatch() throws {
        let pdf = try CertificateRenderer().render(try CertificateData(json: sample))
        // The title's last digit, "3" of 000123 (UTF-16BE 0033 before the closing bracket), becomes "4".
        var text = String(decoding: pdf, as: UTF8.self)
        let title = try #require(text.range(of: "0033>"))
        text.replaceSubrange(title, with: "0034>")
        let verification = CertificateVerifier.verify(pdf: Array(text.utf8), trustAnchors: [], today: CivilDate(iso: "2026-12-15")!)
        #expect(verification.problems.map(\.code) == [.noSignature, .qrMismatch])
        let inner = verification.problems[1].problems
        #expect(inner.map(\.code) == [.noSignature, .qrMismatch])
        #expect(inner[1].message(in: .en) == "The QR code does not match the certificate (its number is not the certificate's).")
    }

    @Test func garbageIsCorrupt() {
        #expect(CertificateVerifier.verify(pdf: Array("%PDF-1.7\nnothing".utf8), trustAnchors: []).problems.map(\.code) == [.corrupt])
        #expect(CertificateVerifier.verify(pdf: [], trustAnchors: []).problems.map(\.code) == [.corrupt])
    }
}

import AttestCore
import CertificatePDF
import Foundation
import Testing
@testable import RegistrationWorkflow

/// What an owner signed reads the same in every JSON reader: a consent or certificate data whose
/// member repeats (jq and Python read the last, a first-wins reader the first) is refused.
@Suite struct StrictInputTests {
    private let consent = try! ConsentDocument(
        owner: Fixture.owner, applicant: .init(fullName: "Иванов Иван Иванович", birthDate: CivilDate(iso: "1990-05-17")!),
        address: "г. Москва, ул. Тверская, д. 1, кв. 5", from: CivilDate(iso: "2026-12-01")!, until: CivilDate(iso: "2027-02-28")!,
        issuedAt: CivilDate(iso: "2026-11-20")!, validUntil: CivilDate(iso: "2027-02-17")!).encoded()

    @Test func aConsentAsWrittenIsRead() throws {
        #expect(try ConsentDocument.decode(consent).applicant.fullName == "Иванов Иван Иванович")
    }

    @Test func aConsentWhoseApplicantIsGivenTwiceIsRefused() {
        let text = String(decoding: consent, as: UTF8.self)
        let doubled = text.replacingOccurrences(
            of: "\"applicant\" : {", with: "\"applicant\" : {\"birthDate\" : \"1985-01-01\", \"fullName\" : \"Сидоров Сидор\"},\n  \"applicant\" : {")
        #expect(doubled != text)
        #expect(throws: InputError.self) { try ConsentDocument.decode(Array(doubled.utf8)) }
    }

    @Test func aConsentWithAByteOrderMarkOrBrokenUTF8IsRefused() {
        #expect(throws: InputError.self) { try ConsentDocument.decode([0xEF, 0xBB, 0xBF] + consent) }
        var broken = consent
        broken[broken.firstIndex(of: UInt8(ascii: "w"))!] = 0xC0
        #expect(throws: InputError.self) { try ConsentDocument.decode(broken) }
    }

    @Test func certificateDataWithANumberGivenTwiceIsRefused() throws {
        let text = try String(contentsOf: repository.appendingPathComponent("seeds/certificate.json"), encoding: .utf8)
        let doubled = text.replacingOccurrences(of: "\"number\"", with: "\"number\": \"77-2026-999999\", \"number\"")
        #expect(doubled != text)
        #expect(throws: CertificateError.self) { try CertificateData(json: Array(doubled.utf8)) }
    }

    @Test func aFieldOfTheWrongKindIsNamedWithoutItsValue() {
        let text = String(decoding: consent, as: UTF8.self).replacingOccurrences(of: "\"2026-11-20\"", with: "\"паспорт 4510 123456\"")
        do {
            _ = try ConsentDocument.decode(Array(text.utf8))
            Issue.record("accepted")
        } catch {
            #expect(error.field == "issuedAt")
            #expect(!"\(error)".contains("4510"))
        }
        let number = String(decoding: consent, as: UTF8.self).replacingOccurrences(of: "\"654321\"", with: "654321")
        #expect((try? ConsentDocument.decode(Array(number.utf8))) == nil)
    }

    @Test func aNumberIsAnIntegerOnlyWhenWrittenAsOne() throws {
        struct Counted: Decodable { let count: Int }
        #expect(try JSONInput.decode(Counted.self, from: Array(#"{"count":3}"#.utf8)).count == 3)
        let error = #expect(throws: InputError.self) {
            try JSONInput.decode(Counted.self, from: Array(#"{"count":3.0}"#.utf8))
        }
        #expect(error?.code == .malformed && error?.field == "count")
        #expect(error?.message(in: .en) == "count: must be an integer")
        #expect(error?.message(in: .ru) == "count: должно быть целым числом")
    }

    @Test func theReviewSaysAConsentWithAMemberGivenTwiceCannotBeRead() async throws {
        let fixture = try Fixture()
        let submitted = try fixture.consent("doubled")
        let file = fixture.directory.appendingPathComponent(submitted.document)
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"address\" :", with: "\"address\" : \"elsewhere\",\n  \"address\" :")
            .write(to: file, atomically: true, encoding: .utf8)
        let problems = try fixture.review(try fixture.application { $0.consents = [submitted] })
        #expect(problems.map(\.code) == [.consentUnreadable, .consentMissing])
        #expect(problems[0].message(in: .en).contains("not a consent in strict JSON"))
        #expect(problems[0].message(in: .ru).contains("не согласие в строгом JSON"))
        #expect(problems[0].detail?.contains("gives the member \"address\" twice") == true)
    }
}

import AttestCore
import Signing
import Foundation
import Testing
@testable import RegistrationWorkflow

/// A child under 14 is identified by the birth certificate; at 14 to 17 by the passport; every
/// minor's second parent consents. Age counts on the submission date.
@Suite(.serialized) struct MinorTests {
    private static let secondParentSNILS = "123-456-789 64"

    @Test func ageCountsFullYearsAndALeapDayBirthdayFallsOnThe28th() {
        let person = Person(lastName: "Иванов", firstName: "Пётр", birthDate: CivilDate(iso: "2012-02-29")!)
        #expect(person.age(on: CivilDate(iso: "2026-02-27")!) == 13)
        #expect(person.age(on: CivilDate(iso: "2026-02-28")!) == 14)
        #expect(person.age(on: CivilDate(iso: "2028-02-28")!) == 15)
        #expect(person.age(on: CivilDate(iso: "2028-02-29")!) == 16)
        let other = Person(lastName: "Иванов", firstName: "Пётр", birthDate: CivilDate(iso: "2012-05-17")!)
        #expect(other.age(on: CivilDate(iso: "2026-05-16")!) == 13)
        #expect(other.age(on: CivilDate(iso: "2026-05-17")!) == 14)
    }

    @Test(arguments: ["IV-МЮ 123456", "I-АБ 000001", "XLVIII-ЁЖ 999999"])
    func aBirthCertificateAsPrintedIsAccepted(number: String) {
        #expect(FormRules.birthCertificate(number, field: "f") == nil)
    }

    @Test(arguments: ["IV-МЮ 12345", "4-МЮ 123456", "IV-MU 123456", "iv-мю 123456", "IV-МЮ-123456", "IV МЮ 123456", "IV-МЮЯ 123456", ""])
    func aBirthCertificateNotAsPrintedIsRefused(number: String) {
        #expect(FormRules.birthCertificate(number, field: "f")?.code == .invalidBirthCertificate)
    }

    /// The fixture's application for a child born on `birthDate`, with the second parent's signed consent.
    private func child(_ fixture: Fixture, born birthDate: String, _ change: (inout Application) -> Void = { _ in }) throws -> Application {
        let parentKey = try SigningKey.generate()
        let parentCertificate = try X509Certificate.make(
            subject: "CN=Иванова Мария Петровна,1.2.643.100.3=12345678964", key: parentKey,
            issuer: (fixture.ca, fixture.caKey), now: Date().addingTimeInterval(-30 * 86_400))
        let parent = Owner(fullName: "Иванова Мария Петровна", snils: Self.secondParentSNILS, passport: Fixture.passport)
        let consent = try fixture.consent("parent", signedBy: parentKey, certificate: parentCertificate) {
            $0.owner = parent
            $0.applicant.birthDate = CivilDate(iso: birthDate)!
        }
        let ownerConsent = try fixture.consent("owner") { $0.applicant.birthDate = CivilDate(iso: birthDate)! }
        return try fixture.application {
            $0.applicant.birthDate = CivilDate(iso: birthDate)!
            $0.secondParent = parent
            $0.consents = [ownerConsent, consent]
            change(&$0)
        }
    }

    @Test func aChildUnder14IsIdentifiedByTheBirthCertificate() throws {
        let fixture = try Fixture()
        let application = try child(fixture, born: "2015-05-17") {
            $0.applicant.passport = nil
            $0.applicant.birthCertificate = "IV-МЮ 123456"
            $0.documents = [UploadedDocument(kind: .birthCertificate, path: "passport.jpg"), UploadedDocument(kind: .rightToLive, path: "lease.png")]
        }
        #expect(try fixture.review(application) == [])
    }

    @Test func aChildUnder14WithoutABirthCertificateIsAskedForIt() throws {
        let fixture = try Fixture()
        let application = try child(fixture, born: "2015-05-17") { $0.applicant.passport = nil }
        let problems = try fixture.review(application)
        #expect(problems.map(\.code) == [.identityDocumentMissing, .missingDocument])
        #expect(problems[0].field == "applicant.birthCertificate")
        #expect(problems[0].message(in: .en) == "The applicant is 11 on the day of submission and is identified by the birth certificate, which the application does not give.")
        #expect(problems[0].message(in: .ru) == "На день подачи заявителю полных лет: 11; его документ — свидетельство о рождении, а в заявлении он не указан.")
        #expect(problems[1].document == "birth-certificate")
    }

    @Test func aMinorFrom14To17HoldsAPassportAndTheSecondParentStillConsents() throws {
        let fixture = try Fixture()
        let fifteen = try child(fixture, born: "2011-05-17")
        #expect(try fixture.review(fifteen) == [])
        let withoutPassport = try child(fixture, born: "2011-05-17") { $0.applicant.passport = nil }
        let problems = try fixture.review(withoutPassport)
        #expect(problems.map(\.code) == [.identityDocumentMissing])
        #expect(problems[0].field == "applicant.passport")
        let withoutParent = try child(fixture, born: "2011-05-17") { $0.secondParent = nil }
        let missing = try fixture.review(withoutParent)
        #expect(missing.map(\.code) == [.secondParentMissing])
        #expect(missing[0].message(in: .ru).contains("второй родитель"))
    }

    @Test func theDayOfThe14thBirthdayNeedsAPassport() throws {
        let fixture = try Fixture()  // submitted on 25.11.2026
        let thirteen = try child(fixture, born: "2012-11-26") { $0.applicant.passport = nil; $0.applicant.birthCertificate = "II-АБ 654321"
            $0.documents = [UploadedDocument(kind: .birthCertificate, path: "passport.jpg"), UploadedDocument(kind: .rightToLive, path: "lease.png")] }
        #expect(try fixture.review(thirteen) == [])
        let fourteen = try child(fixture, born: "2012-11-25") { $0.applicant.passport = nil; $0.applicant.birthCertificate = "II-АБ 654321" }
        #expect(try fixture.review(fourteen).map(\.code) == [.identityDocumentMissing])
    }

    @Test func anAdultNeedsNoSecondParent() throws {
        let fixture = try Fixture()
        #expect(try fixture.review(try fixture.application { $0.applicant.birthDate = CivilDate(iso: "2008-11-25")! }).map(\.code) == [.consentDataMismatch])
    }
}

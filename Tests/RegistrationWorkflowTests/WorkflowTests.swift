import AttestCore
import Signing
import Foundation
import ScanInspection
import Testing
@testable import RegistrationWorkflow

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A folder with the scans, an owner's key and certificate from a consent CA, and a signed consent.
final class Fixture {
    let directory: URL
    let caKey: SigningKey
    let ca: X509Certificate
    let ownerKey: SigningKey
    let ownerCertificate: X509Certificate

    static let passport = Passport(series: "4510", number: "123456", issueDate: CivilDate(iso: "2015-06-01")!, issuedBy: "ОВД Тверского района")
    static let owner = Owner(fullName: "Петров Пётр Петрович", snils: "112-233-445 95",
                             passport: Passport(series: "4511", number: "654321", issueDate: CivilDate(iso: "2012-03-01")!, issuedBy: "ОВД"))

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("attest-workflow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, target) in [("passport-300dpi.jpg", "passport.jpg"), ("ownership-extract-300dpi.png", "lease.png"),
                               ("lease-150dpi.png", "lease-150dpi.png")] {
            try FileManager.default.copyItem(at: repository.appendingPathComponent("SampleScans/\(name)"),
                                             to: directory.appendingPathComponent(target))
        }
        caKey = try SigningKey.generate()
        // Certificates valid around the real present: consents are signed now.
        let monthAgo = Date().addingTimeInterval(-30 * 86_400)
        ca = try X509Certificate.make(subject: "CN=Consent CA", key: caKey, days: 3650, now: monthAgo)
        ownerKey = try SigningKey.generate()
        ownerCertificate = try X509Certificate.make(subject: "CN=Петров Пётр Петрович,1.2.643.100.3=11223344595", key: ownerKey,
                                                issuer: (ca, caKey), now: monthAgo)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Writes and signs a consent; `change` alters it first.
    func consent(_ name: String = "consent", signedBy key: SigningKey? = nil, certificate: X509Certificate? = nil,
                 _ change: (inout ConsentDocument) -> Void = { _ in }) throws -> SubmittedConsent {
        var document = ConsentDocument(
            owner: Self.owner, applicant: .init(fullName: "Иванов Иван Иванович", birthDate: CivilDate(iso: "1990-05-17")!),
            address: "г. Москва, ул. Тверская, д. 1, кв. 5", from: CivilDate(iso: "2026-12-01")!, until: CivilDate(iso: "2027-02-28")!,
            issuedAt: CivilDate(iso: "2026-11-20")!, validUntil: CivilDate(iso: "2027-02-17")!)
        change(&document)
        let bytes = try document.encoded()
        try Data(bytes).write(to: directory.appendingPathComponent("\(name).json"))
        let signer = try CMSSigner(key: key ?? ownerKey, certificate: certificate ?? ownerCertificate)
        try Data(try signer.sign(bytes: bytes)).write(to: directory.appendingPathComponent("\(name).json.p7s"))
        return SubmittedConsent(document: "\(name).json", signature: "\(name).json.p7s")
    }

    func application(_ change: (inout Application) -> Void = { _ in }) throws -> Application {
        var application = Application(
            applicant: Person(lastName: "Иванов", firstName: "Иван", patronymic: "Иванович", birthDate: CivilDate(iso: "1990-05-17")!,
                              passport: Self.passport, snils: "087-654-303 00", inn: "500100732259"),
            phone: "+7 (916) 123-45-67", email: "ivanov@example.ru", address: "г. Москва, ул. Тверская, д. 1, кв. 5",
            postalCode: "125009", from: CivilDate(iso: "2026-12-01")!, until: CivilDate(iso: "2027-02-28")!, reason: .work,
            owners: [Self.owner],
            documents: [UploadedDocument(kind: .passport, path: "passport.jpg"), UploadedDocument(kind: .rightToLive, path: "lease.png")],
            consents: [try consent()])
        change(&application)
        return application
    }

    var context: ReviewContext {
        ReviewContext(consentTrustAnchors: [ca], submittedOn: CivilDate(iso: "2026-11-25")!, now: Date())
    }

    /// The application's scans and consents as a review receives them, read from the fixture's folder.
    func documents(of application: Application) -> ReceivedDocuments {
        DocumentFolder(directory).documents(of: application)
    }

    /// Every problem the review finds in `application`, its documents read from the fixture's folder.
    func review(_ application: Application) throws -> [Problem] {
        try ApplicationReview.problems(of: application, documents: documents(of: application), context: context)
    }
}

private func codes(_ problems: [Problem]) -> [ProblemCode] { problems.map(\.code) }

@Suite(.serialized) struct ReviewTests {
    @Test func aCompleteApplicationHasNoProblems() throws {
        let fixture = try Fixture()
        #expect(try fixture.review(try fixture.application()) == [])
    }

    /// The review judges the documents it is handed and opens no file: documents read into memory,
    /// as a store hands them, or read from files since removed, come to the same verdict.
    @Test func theReviewReadsNoFile() throws {
        let fixture = try Fixture()
        let application = try fixture.application()
        let fromFiles = fixture.documents(of: application)
        func bytes(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: fixture.directory.appendingPathComponent(name))) }
        let inMemory = ReceivedDocuments(
            scans: try application.documents.map { document in
                InspectedScan(kind: document.kind, name: document.path, report: ScanInspector.inspect(bytes: try bytes(document.path), name: document.path))
            },
            consents: try application.consents.map { consent in
                ReceivedConsent(consent, document: .success(try bytes(consent.document)), signature: .success(try bytes(consent.signature)))
            })
        try FileManager.default.removeItem(at: fixture.directory)
        #expect(try ApplicationReview.problems(of: application, documents: fromFiles, context: fixture.context) == [])
        #expect(try ApplicationReview.problems(of: application, documents: inMemory, context: fixture.context) == [])
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        let fixture = try Fixture()
        let application = try fixture.application {
            $0.applicant.snils = "112-233-445 96"
            $0.phone = "8 916 123 45 67"
            $0.documents = [UploadedDocument(kind: .rightToLive, path: "lease-150dpi.png")]
        }
        let problems = try fixture.review(application)
        #expect(codes(problems) == [.invalidSNILS, .invalidPhone, .missingDocument, .documentRejected])
        #expect(problems[2].document == "passport")
        #expect(codes(problems[3].problems) == [.lowResolution])
    }

    @Test func foreignNationalsNeedAMigrationCardAndMinorsABirthCertificateAndTheSecondParent() throws {
        let fixture = try Fixture()
        let foreign = try fixture.application { $0.applicant.citizenship = "KZ"; $0.applicant.snils = nil }
        #expect(codes(try fixture.review(foreign)) == [.missingDocument])
        let minor = try fixture.application {
            $0.applicant.birthDate = CivilDate(iso: "2015-05-17")!
            $0.secondParent = Owner(fullName: "Иванова Мария Петровна", passport: Fixture.passport)
        }
        let problems = try fixture.review(minor)
        #expect(codes(problems).filter { $0 == .missingDocument }.count == 1)  // the birth certificate
        #expect(problems.contains { $0.code == .consentMissing && $0.message(in: .en).contains("Иванова Мария Петровна") })
    }

    @Test func anOwnerApplicantNeedsNoProofOrConsentOfTheirOwn() throws {
        let fixture = try Fixture()
        let application = try fixture.application {
            $0.applicantOwnsDwelling = true
            $0.owners = [Owner(fullName: "Иванов Иван Иванович", snils: "087-654-303 00", passport: Fixture.passport)]
            $0.documents = [UploadedDocument(kind: .passport, path: "passport.jpg")]
            $0.consents = []
        }
        #expect(try fixture.review(application) == [])
    }

    @Test func eachConsentRule() throws {
        let fixture = try Fixture()
        func consentCodes(_ consent: SubmittedConsent) throws -> [ProblemCode] {
            codes(try fixture.review(try fixture.application { $0.consents = [consent] }))
        }
        #expect(codes(try fixture.review(try fixture.application { $0.consents = [] })) == [.consentMissing])
        #expect(try consentCodes(fixture.consent("early") {
            $0.issuedAt = CivilDate(iso: "2026-10-31")!
            $0.validUntil = CivilDate(iso: "2027-01-20")!
        }) == [.consentTooEarly])
        #expect(try consentCodes(fixture.consent("long") { $0.validUntil = CivilDate(iso: "2027-02-18")! }) == [.consentValidityTooLong])
        #expect(try consentCodes(fixture.consent("expired") {
            $0.issuedAt = CivilDate(iso: "2026-11-02")!
            $0.validUntil = CivilDate(iso: "2026-11-24")!
        }) == [.consentExpired])
        #expect(try consentCodes(fixture.consent("address") { $0.address = "г. Москва, ул. Тверская, д. 2" }) == [.consentDataMismatch])
        #expect(try consentCodes(fixture.consent("period") { $0.until = CivilDate(iso: "2027-02-27")! }) == [.consentDataMismatch])

        let strangerKey = try SigningKey.generate()
        let stranger = try X509Certificate.make(subject: "CN=Сидоров Сидор,1.2.643.100.3=08765430300", key: strangerKey,
                                            issuer: (fixture.ca, fixture.caKey), now: Date().addingTimeInterval(-86_400))
        #expect(try consentCodes(fixture.consent("stranger", signedBy: strangerKey, certificate: stranger)) == [.consentSignerMismatch])

        let untrustedKey = try SigningKey.generate()
        let selfSigned = try X509Certificate.make(subject: "CN=Петров Пётр Петрович,1.2.643.100.3=11223344595", key: untrustedKey)
        let untrusted = try fixture.consent("untrusted", signedBy: untrustedKey, certificate: selfSigned)
        let problems = try fixture.review(try fixture.application { $0.consents = [untrusted] })
        #expect(codes(problems) == [.consentSignatureInvalid])
        #expect(codes(problems[0].problems) == [.untrustedSigner])

        let changed = try fixture.consent("changed")
        try Data(try ConsentDocument.decode(Array(Data(contentsOf: fixture.directory.appendingPathComponent("changed.json"))))
            .encoded().dropLast()).write(to: fixture.directory.appendingPathComponent("changed.json"))
        let mismatch = try fixture.review(try fixture.application { $0.consents = [changed] })
        #expect(codes(mismatch) == [.consentSignatureInvalid])
        #expect(codes(mismatch[0].problems) == [.contentMismatch])
    }
}

/// Whose consent a signature is: the SNILS attribute (OID 1.2.643.100.3) among the certificate
/// subject's attributes, never text found in its printed name.
@Suite(.serialized) struct SignerIdentityTests {
    /// Signs the fixture's consent with a new key whose certificate, from the fixture's CA, has `subject`.
    private func problems(_ fixture: Fixture, signer subject: String, _ name: String) throws -> [Problem] {
        let key = try SigningKey.generate()
        let certificate = try X509Certificate.make(subject: subject, key: key, issuer: (fixture.ca, fixture.caKey),
                                               now: Date().addingTimeInterval(-86_400))
        let consent = try fixture.consent(name, signedBy: key, certificate: certificate)
        return try fixture.review(try fixture.application { $0.consents = [consent] })
    }

    @Test func aSNILSWrittenInsideAnotherAttributeIsNotTheSigners() throws {
        let fixture = try Fixture()
        // `\,` keeps the comma in the value: these are a common name and an organisation, no SNILS.
        #expect(codes(try problems(fixture, signer: "CN=Мошенник\\,SNILS=11223344595,O=X", "cn")) == [.consentSignerMismatch])
        #expect(codes(try problems(fixture, signer: "CN=Мошенник,O=X\\,1.2.643.100.3=11223344595", "o")) == [.consentSignerMismatch])
    }

    @Test func theOwnersNameWithoutASNILSIsNotTheOwner() throws {
        let fixture = try Fixture()
        #expect(codes(try problems(fixture, signer: "CN=Петров Пётр Петрович", "name")) == [.consentSignerMismatch])
    }

    @Test func aCertificateWithTwoSNILSIsAmbiguous() throws {
        let fixture = try Fixture()
        let found = try problems(fixture, signer: "CN=Петров Пётр Петрович,1.2.643.100.3=11223344595,SNILS=08765430300", "two")
        #expect(codes(found) == [.ambiguousSigner])
        #expect(found.first?.document == "two.json")
    }

    @Test func theOwnersSNILSUnderEitherNameIsTheOwner() throws {
        let fixture = try Fixture()
        #expect(try problems(fixture, signer: "CN=Петров П. П.,SNILS=11223344595", "short") == [])
        #expect(try problems(fixture, signer: "CN=Петров Пётр Петрович,1.2.643.100.3=11223344595", "oid") == [])
    }

    /// The applicant sees the verdict; who else signed is that person's data, not theirs.
    @Test func aSignerMismatchDoesNotShowWhoSigned() throws {
        let fixture = try Fixture()
        let found = try problems(fixture, signer: "CN=Сидоров Сидор Сидорович,1.2.643.100.3=08765430300", "stranger")
        #expect(codes(found) == [.consentSignerMismatch])
        let mismatch = try #require(found.first)
        for language in [Language.en, .ru] {
            let message = mismatch.message(in: language)
            #expect(!message.contains("Сидоров") && !message.contains("08765430300"), "\(message)")
        }
        #expect(mismatch.arguments["signer"] == nil)
    }
}

@Suite struct TransitionTests {
    private func record(_ status: ApplicationStatus?) -> ApplicationRecord {
        var history = History(application: "t")
        if status != nil { history.record(.submit, from: nil, to: .submitted, actor: "t", at: Date(), details: [:]) }
        return ApplicationRecord(id: "t", application: try! Fixture().application(), status: status ?? .submitted, problems: [],
                                 history: history)
    }

    @Test func everyIllegalTransitionIsATypedErrorAndChangesNothing() {
        let legal: Set<String> = [
            "nil-submit", "submitted-clarify", "submitted-approve", "submitted-reject", "needs-clarification-resubmit",
            "approved-issue", "certificate-issued-extend", "certificate-issued-annul", "certificate-issued-expire",
            "extended-extend", "extended-annul", "extended-expire",
        ]
        for status in [nil] + ApplicationStatus.allCases.map(Optional.some) {
            for action in WorkflowAction.allCases {
                var subject = record(status)
                let before = subject
                let key = "\(status?.rawValue ?? "nil")-\(action.rawValue)"
                do {
                    try RegistrationOffice.apply(action, to: &subject, actor: "test", at: Date(), details: [:])
                    #expect(legal.contains(key), "\(key) should have been refused")
                } catch let error as WorkflowError {
                    #expect(!legal.contains(key), "\(key) should have been allowed")
                    #expect(error.code == .illegalTransition)
                    #expect(subject == before)
                } catch {
                    Issue.record("unexpected \(error)")
                }
            }
        }
    }

    @Test func anIllegalMoveSaysTheStatusInEitherLanguage() {
        let error = WorkflowError.illegalTransition(.issue, from: .needsClarification)
        #expect(error.kind == .illegalMove)
        #expect(error.message(in: .en) == "issuing the certificate is not possible: the application's status is \u{201C}awaiting clarification\u{201D}")
        #expect(error.message(in: .ru) == "нельзя выполнить действие \u{AB}выдача свидетельства\u{BB}: состояние заявления \u{AB}ожидает уточнений\u{BB}")
    }

    @Test func aConsentTheWorkflowWouldRefuseIsRefusedWithEveryProblem() {
        let consent = ConsentDocument(
            owner: Fixture.owner, applicant: .init(fullName: "Иванов Иван Иванович", birthDate: CivilDate(iso: "1990-05-17")!),
            address: "г. Москва, ул. Тверская, д. 1, кв. 5", from: CivilDate(iso: "2026-12-01")!, until: CivilDate(iso: "2027-02-28")!,
            issuedAt: CivilDate(iso: "2026-11-20")!, validUntil: CivilDate(iso: "2026-11-19")!)
        let error = #expect(throws: WorkflowError.self) { try consent.check() }
        #expect(error?.code == .consentRefused)
        #expect(error?.problems.map(\.code) == [.consentEndsBeforeIssued])
    }
}

@Suite(.serialized) struct OfficeTests {
    @Test func aStoryFromSubmissionToExtensionWithAVerifiableHistory() async throws {
        let fixture = try Fixture()
        let office = RegistrationOffice()
        let issuerKey = try SigningKey.generate()
        let issuer = try X509Certificate.make(subject: "CN=ОВМ", key: issuerKey)
        let wrongSNILS = try fixture.application { $0.applicant.snils = "112-233-445 96" }
        let first = try await office.submit(wrongSNILS, documents: fixture.documents(of: wrongSNILS), context: fixture.context, actor: "applicant")
        #expect(first.status == .needsClarification)
        #expect(codes(first.problems) == [.invalidSNILS])
        await #expect(throws: WorkflowError.illegalTransition(.issue, from: .needsClarification)) {
            _ = try await office.issue(first.id, number: "77-2026-000001", issuedAt: CivilDate(iso: "2026-11-26")!, issuer: "ОВМ", actor: "clerk")
        }
        let corrected = try fixture.application()
        let second = try await office.resubmit(first.id, corrected, documents: fixture.documents(of: corrected), context: fixture.context,
                                               actor: "applicant")
        #expect(second.status == .approved)
        let issued = try await office.issue(first.id, number: "77-2026-000001", issuedAt: CivilDate(iso: "2026-11-26")!, issuer: "ОВМ", actor: "clerk")
        #expect(issued.status == .certificateIssued)
        #expect(issued.certificate?.holderFullName == "Иванов Иван Иванович")
        let extended = try await office.extend(first.id, until: CivilDate(iso: "2027-05-28")!, actor: "clerk")
        #expect(extended.status == .extended)
        // The extension reissues the certificate: the same number, the new end, in the record the office keeps.
        #expect(extended.certificate?.number == "77-2026-000001")
        #expect(extended.certificate?.validUntil == CivilDate(iso: "2027-05-28")!)
        #expect(try await office.store.record(first.id)?.certificate == extended.certificate)
        // An extension is to a later day: to the same one or an earlier one it is refused, and nothing changes.
        for until in ["2027-05-28", "2027-01-01"] {
            let refused = await #expect(throws: WorkflowError.self) {
                _ = try await office.extend(first.id, until: CivilDate(iso: until)!, actor: "clerk")
            }
            #expect(refused?.code == .extensionNotLater)
        }
        #expect(try await office.store.record(first.id) == extended)
        #expect(extended.history.events.last?.details == ["until": "2027-05-28"])
        #expect(extended.history.events.map(\.action) == [.submit, .clarify, .resubmit, .approve, .issue, .extend])

        let seal = try extended.history.seal(with: issuerKey, certificate: issuer)
        let lines = String(decoding: extended.history.jsonLines(seal: seal), as: UTF8.self)
        #expect(HistoryVerifier.verify(Array(lines.utf8), trustAnchors: [issuer]).problems == [])

        // Tampering: a changed detail, a cut-off history, a dropped event, a foreign seal.
        let changed = lines.replacingOccurrences(of: "77-2026-000001", with: "77-2026-000002")
        #expect(codes(HistoryVerifier.verify(Array(changed.utf8), trustAnchors: [issuer]).problems) == [.historyTampered])
        var rows = lines.split(separator: "\n").map(String.init)
        let cut = (rows.prefix(3) + [rows.last!]).joined(separator: "\n")
        #expect(codes(HistoryVerifier.verify(Array(cut.utf8), trustAnchors: [issuer]).problems) == [.historyTampered])
        rows.remove(at: 2)
        #expect(codes(HistoryVerifier.verify(Array((rows.joined(separator: "\n") + "\n").utf8), trustAnchors: [issuer]).problems) == [.historyTampered])
        let otherKey = try SigningKey.generate()
        let other = try X509Certificate.make(subject: "CN=Other", key: otherKey)
        #expect(codes(HistoryVerifier.verify(Array(lines.utf8), trustAnchors: [other]).problems) == [.historyTampered])
        let unsealed = extended.history.jsonLines(seal: nil)
        #expect(HistoryVerifier.verify(unsealed, trustAnchors: [issuer]).problems.first?.message(in: .en).contains("not sealed") == true)
    }

    @Test func wrongPassportDataRejectsForGood() async throws {
        let fixture = try Fixture()
        let office = RegistrationOffice()
        let wrongPassport = try fixture.application { $0.applicant.passport?.number = "12345" }
        let record = try await office.submit(wrongPassport, documents: fixture.documents(of: wrongPassport), context: fixture.context, actor: "a")
        #expect(record.status == .rejected)
        let corrected = try fixture.application()
        await #expect(throws: WorkflowError.illegalTransition(.resubmit, from: .rejected)) {
            _ = try await office.resubmit(record.id, corrected, documents: fixture.documents(of: corrected), context: fixture.context, actor: "a")
        }
    }

    /// A thousand applications from many tasks at once: no update is lost, every chain verifies.
    @Test func aThousandConcurrentApplications() async throws {
        let store = InMemoryApplicationStore()
        let office = RegistrationOffice(store: store)
        let key = try SigningKey.generate()
        let issuer = try X509Certificate.make(subject: "CN=ОВМ", key: key)
        let fixture = try Fixture()
        let application = try fixture.application()
        let context = fixture.context
        let folder = DocumentFolder(fixture.directory)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<1_000 {
                group.addTask {
                    // Each submission is reviewed in full: scans inspected, the consent's signature checked.
                    let record = try await office.submit(application, documents: folder.documents(of: application), context: context,
                                                         actor: "task \(index)")
                    _ = try await office.issue(record.id, number: String(format: "77-2026-%06d", index), issuedAt: CivilDate(iso: "2026-11-26")!,
                                               issuer: "ОВМ", actor: "task \(index)")
                    _ = try await office.extend(record.id, until: CivilDate(iso: "2027-05-01")!, actor: "task \(index)")
                }
            }
            try await group.waitForAll()
        }
        let records = await store.all
        #expect(records.count == 1_000)
        #expect(Set(records.compactMap(\.certificate?.number)).count == 1_000)
        for record in records {
            #expect(record.status == .extended)
            #expect(record.history.events.map(\.action) == [.submit, .approve, .issue, .extend])
            #expect(HistoryVerifier.verify(record.history.jsonLines(seal: try record.history.seal(with: key, certificate: issuer)),
                                           trustAnchors: [issuer]).problems == [])
        }
    }
}

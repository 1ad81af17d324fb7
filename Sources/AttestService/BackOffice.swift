import AttestCore
import CertificatePDF
import FoundationEssentials
import RegistrationWorkflow
import ScanInspection
import Signing

/// The office that issues certificates: its key, its certificate and chain, and its name as the
/// certificate prints it.
public struct Issuer: Sendable {
    public let key: SigningKey
    public let certificate: X509Certificate
    public let name: String
    let renderer: CertificateRenderer

    /// The issuer whose key is `key` and whose certificate, issued through `chain`, is
    /// `certificate`. Throws what `CertificateIssuer` throws for a key that cannot issue.
    public init(key: SigningKey, certificate: X509Certificate, chain: [X509Certificate] = [], name: String) throws {
        (self.key, self.certificate, self.name) = (key, certificate, name)
        renderer = try CertificateRenderer(issuer: try CertificateIssuer(key: key, certificate: certificate, chain: chain))
    }
}

/// What the service decides with: the region its certificate numbers carry, the day it takes as
/// today, who issues, whose consents it trusts, the upload rules.
public struct OfficeSettings: Sendable {
    /// Two digits: the region's code, the first group of every certificate number.
    public var region: String
    /// A fixed date to take as today (Moscow), for demonstrations and tests; nil for the real one.
    public var today: CivilDate?
    public var issuer: Issuer?
    public var consentTrustAnchors: [X509Certificate]
    public var scanPolicy: ScanPolicy

    public init(region: String = "77", today: CivilDate? = nil, issuer: Issuer? = nil, consentTrustAnchors: [X509Certificate] = [],
                scanPolicy: ScanPolicy = .standard) {
        (self.region, self.today, self.issuer, self.consentTrustAnchors, self.scanPolicy) = (region, today, issuer, consentTrustAnchors, scanPolicy)
    }

    /// The date today (Moscow), and the instant an application submitted now is taken to be
    /// submitted at: now, or with a fixed date in the past, the end of that day.
    func clock(now: Date = Date()) -> (today: CivilDate, instant: Date) {
        guard let today else { return (CivilDate.today(now: now), now) }
        return (today, min(now, Self.endOfDay(today)))
    }

    /// 23:59:59 in Moscow (20:59:59 UTC) on `date`.
    static func endOfDay(_ date: CivilDate) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 20, minute: 59, second: 59))!
    }
}

/// The back office behind the HTTP API: the workflow's office over the service's store, the
/// documents by content, the tokens and the kept answers. The routes call it; it knows no HTTP.
public struct BackOffice: Sendable {
    public let store: any ServiceStore
    public let office: RegistrationOffice
    public let tokens: TokenStore
    let idempotency: IdempotencyStore
    public let settings: OfficeSettings

    /// The back office over `store`, as the instance `instance` of the service.
    public init(store: any ServiceStore, settings: OfficeSettings, instance: String = BackOffice.newInstanceName()) {
        self.store = store
        office = RegistrationOffice(store: store.applications)
        tokens = TokenStore(store)
        idempotency = IdempotencyStore(store: store, instance: instance)
        self.settings = settings
    }

    /// A name no other instance has: 16 random hex digits.
    public static func newInstanceName() -> String {
        var random = SystemRandomNumberGenerator()
        return ContentDigest.hex((0..<8).map { _ in UInt8.random(in: 0...255, using: &random) })
    }

    /// Says, every `IdempotencyStore.heartbeat` seconds until cancelled, that this instance is
    /// alive: the requests it holds are not taken over by retries elsewhere meanwhile.
    public func keepAlive() async {
        while !Task.isCancelled {
            try? await idempotency.beat()
            try? await Task.sleep(for: .seconds(IdempotencyStore.heartbeat))
        }
    }

    /// Takes `application`, whose documents are `bytes` by the names it gives them: stores each
    /// document, reviews the application as submitted on `date` (today when nil) and keeps it
    /// under a new id, whatever the verdict.
    public func submit(_ application: Application, bytes: [String: [UInt8]], on date: CivilDate? = nil,
                       actor: String) async throws -> ApplicationRecord {
        return try await office.submit(application, documents: try await received(application, bytes: bytes), context: context(on: date),
                                       actor: actor)
    }

    /// Takes the corrected `application` of the application `id`, whose documents are `bytes`.
    public func resubmit(_ id: String, _ application: Application, bytes: [String: [UInt8]], on date: CivilDate? = nil,
                         actor: String) async throws -> ApplicationRecord {
        return try await office.resubmit(id, application, documents: try await received(application, bytes: bytes), context: context(on: date),
                                         actor: actor)
    }

    /// Issues the certificate of the approved application `id` under the next number of the
    /// region's series for this year, and renders and stores its PDF before it returns.
    public func issue(_ id: String, actor: String) async throws -> ApplicationRecord {
        guard let issuer = settings.issuer else { throw ServiceError.issuerUnavailable }
        let record = try await office.issue(id, region: settings.region, issuedAt: settings.clock().today, issuer: issuer.name, actor: actor)
        _ = try await certificatePDF(of: record)
        return record
    }

    /// A review as of `date`, or of now.
    private func context(on date: CivilDate?) -> ReviewContext {
        var (today, instant) = settings.clock()
        if let date, date != today {
            (today, instant) = (date, min(Date(), OfficeSettings.endOfDay(date)))
        }
        return ReviewContext(consentTrustAnchors: settings.consentTrustAnchors, submittedOn: today, submittedAt: instant)
    }

    /// The application's documents as the review receives them: each stored (once, by its
    /// SHA-256), each scan inspected, each consent's and the power of attorney's bytes.
    func received(_ application: Application, bytes: [String: [UInt8]]) async throws -> ReceivedDocuments {
        var digests: [String: String] = [:]
        for (name, content) in bytes { digests[name] = try await store.putDocument(content) }
        let scans = application.documents.map { document in
            InspectedScan(kind: document.kind, name: document.path,
                          report: ScanInspector.inspect(bytes: bytes[document.path] ?? [], name: document.path, policy: settings.scanPolicy))
        }
        let signed = { (submitted: SubmittedConsent) in
            ReceivedConsent(submitted, document: .success(bytes[submitted.document] ?? []), signature: .success(bytes[submitted.signature] ?? []))
        }
        return ReceivedDocuments(scans: scans, consents: application.consents.map(signed),
                                 powerOfAttorney: application.powerOfAttorney.map(signed), digests: digests)
    }

    /// The certificate PDF of `record`, rendered and stored when its current form is not stored
    /// yet (just issued or extended, or a crash came between the two).
    public func certificatePDF(of record: ApplicationRecord, now: Date = Date()) async throws -> [UInt8] {
        guard let certificate = record.certificate else {
            throw ServiceError(.noCertificate, .httpNoCertificate, ["id": .text(record.id)])
        }
        if let digest = try await store.certificateFile(of: record.id, validUntil: certificate.validUntil.iso),
           let stored = try await store.document(digest) {
            return stored
        }
        guard let issuer = settings.issuer else { throw ServiceError.issuerUnavailable }
        let pdf = try issuer.renderer.render(certificate, signingTime: now)
        let digest = try await store.putDocument(pdf)
        try await store.keepCertificateFile(of: record.id, digest: digest, validUntil: certificate.validUntil.iso)
        return pdf
    }
}

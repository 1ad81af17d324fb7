import AttestCore
import CertificatePDF
import Signing
import FoundationEssentials
import RegistrationWorkflow
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The demonstration: throwaway keys, the owner's signed consents, and the seed cases run from
/// start to end, every artefact left in one folder. Everything it starts from is in the binary
/// (`DemoData`), so it runs from any folder.
enum Demo {
    /// What one case of the demo came to.
    struct CaseResult: Sendable {
        let name: String
        let outcome: CaseOutcome
        /// What `attest certificate verify` says of the certificate, when one was issued.
        let verification: CertificateVerification?
    }

    /// The day the demo checks its certificates on, as `attest certificate verify --today` would:
    /// within every seed case's stay, whatever the real date.
    static let checkedOn = CivilDate(iso: "2026-12-15")!

    /// Writes `bytes` for its owner alone: scans and case files are personal data (even made-up ones).
    private static func write(_ bytes: [UInt8], to target: URL) throws {
        try AtomicFile.write(bytes, to: target.path, permissions: 0o600, replacing: true)
    }

    /// Runs every seed case in `output`.
    static func run(output: URL, language: Language = .en) async throws -> [CaseResult] {
        let files = FileManager.default
        for folder in ["keys", "scans", "consents", "cases"] {
            try files.createDirectory(at: output.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for (name, base64) in DemoData.scans {
            guard let bytes = Data(base64Encoded: base64, options: .ignoreUnknownCharacters) else {
                preconditionFailure("the demo's scan \(name) is not Base64: run Scripts/make-demo-data.py")
            }
            try write(Array(bytes), to: output.appendingPathComponent("scans/\(name)"))
        }

        // Throwaway keys: a CA for owners' signatures and the owner it certifies; a CA of the
        // ministry and the migration office it certifies, which issues certificates. The story runs
        // on fixed dates from November 2026 into 2027, so every certificate is valid from the start
        // of 2026 for ten years, whatever the real date (the real one too, for years to come).
        let storyStart = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z
        let days = 3650
        let consentCAKey = try SigningKey.generate()
        let consentCA = try X509Certificate.make(subject: "CN=Удостоверяющий центр (демо),O=Attest demo", key: consentCAKey, days: days,
                                             now: storyStart)
        let ownerKey = try SigningKey.generate()
        let owner = try X509Certificate.make(subject: "CN=Петров Пётр Петрович,1.2.643.100.3=11223344595", key: ownerKey, days: days,
                                         issuer: (consentCA, consentCAKey), now: storyStart)
        let ministryKey = try SigningKey.generate()
        let ministry = try X509Certificate.make(subject: "CN=МВД России (демо),O=Attest demo", key: ministryKey, days: days, now: storyStart)
        let issuerKey = try SigningKey.generate()
        let issuer = try X509Certificate.make(subject: "CN=ОВМ ОМВД России по району Тверской (демо),O=Attest demo", key: issuerKey,
                                          days: days, issuer: (ministry, ministryKey), now: storyStart)
        let keys: [(String, [UInt8], mode_t)] = [
            ("consent-ca.pem", try consentCA.pem(), 0o644), ("owner.key", try ownerKey.pkcs8PEM(), 0o600),
            ("owner.pem", try owner.pem(), 0o644), ("ministry.pem", try ministry.pem(), 0o644),
            ("issuer.key", try issuerKey.pkcs8PEM(), 0o600), ("issuer.pem", try issuer.pem(), 0o644),
            ("issuer-chain.pem", try issuer.pem() + ministry.pem(), 0o644),
        ]
        for (name, bytes, mode) in keys {
            try AtomicFile.write(bytes, to: output.appendingPathComponent("keys/\(name)").path, permissions: mode, replacing: true)
        }

        // The owner's consents, as `attest consent create` writes them and `attest sign` signs them.
        let signer = try CMSSigner(key: ownerKey, certificate: owner)
        let ownerRecord = Owner(fullName: "Петров Пётр Петрович", snils: "112-233-445 95",
                                passport: Passport(series: "4511", number: "654321", issueDate: CivilDate(iso: "2012-03-01")!, issuedBy: "ОВД района Тверской г. Москвы"))
        for (name, issued, validUntil) in [("owner", "2026-11-20", "2027-02-17"), ("owner-early", "2026-10-20", "2027-01-17")] {
            let consent = ConsentDocument(
                owner: ownerRecord, applicant: .init(fullName: "Иванов Иван Иванович", birthDate: CivilDate(iso: "1990-05-17")!),
                address: "г. Москва, ул. Тверская, д. 1, кв. 5", from: CivilDate(iso: "2026-12-01")!, until: CivilDate(iso: "2027-02-28")!,
                issuedAt: CivilDate(iso: issued)!, validUntil: CivilDate(iso: validUntil)!)
            let bytes = try consent.encoded()
            try AtomicFile.write(bytes, to: output.appendingPathComponent("consents/\(name).json").path, permissions: 0o600, replacing: true)
            // Signed on the day it was issued (noon in Moscow), before the story's submissions: the
            // review checks signatures at the submission instant, and refuses one made after it.
            let signedAt = try Date("\(issued)T09:00:00Z", strategy: .iso8601)
            try AtomicFile.write(try signer.sign(bytes: bytes, signingTime: signedAt),
                                 to: output.appendingPathComponent("consents/\(name).json.p7s").path, permissions: 0o600, replacing: true)
        }

        var results: [CaseResult] = []
        for (name, json) in DemoData.cases {
            let caseFile = output.appendingPathComponent("cases/\(name).case.json")
            try write(Array((json + "\n").utf8), to: caseFile)
            let folder = output.appendingPathComponent(name)
            let outcome = try await CaseRunner.run(caseAt: caseFile.path, output: folder, replacing: true, language: language)
            var verification: CertificateVerification?
            if outcome.certificatePath != nil {
                let pdf = try InputFile.read(folder.appendingPathComponent("certificate.pdf").path, limit: InputLimits.file)
                verification = CertificateVerifier.verify(pdf: pdf, trustAnchors: [ministry], issuers: [issuer],
                                                          today: checkedOn)
            }
            results.append(CaseResult(name: name, outcome: outcome, verification: verification))
        }
        return results
    }
}

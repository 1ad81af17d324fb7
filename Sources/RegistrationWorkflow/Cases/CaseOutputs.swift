import AttestCore
import CertificatePDF
import Signing
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a case run writes into its folder: `decision.json`, `events.jsonl` (the sealed history)
/// and `certificate.pdf` when one was issued, all together or none.
struct CaseOutputs {
    /// The certificate's name in the folder, as the decision gives it.
    static let certificateName = "certificate.pdf"

    let folder: URL
    /// The files' permissions: they hold personal data.
    let permissions: mode_t
    let decision: String
    let events: String
    let certificate: String

    init(folder: URL, permissions: mode_t) {
        (self.folder, self.permissions) = (folder, permissions)
        decision = folder.appendingPathComponent("decision.json").path
        events = folder.appendingPathComponent("events.jsonl").path
        certificate = folder.appendingPathComponent(Self.certificateName).path
    }

    private var all: [String] { [decision, events, certificate] }

    /// Throws `FileWriteError.exists` when one of the outputs is already there.
    func refuseExisting() throws(FileWriteError) {
        try AtomicFile.refuseExisting(all)
    }

    /// Throws `FileWriteError.isAnInput` when an output is one of `inputs`.
    func refuseOverlaps(with inputs: [String]) throws(FileWriteError) {
        try AtomicFile.refuseOverlaps(outputs: all, inputs: inputs)
    }

    /// Makes every file of `record` and `outcome` before anything is written, then writes them
    /// together: a decision never sits beside another run's certificate or without its history.
    /// A certificate of an earlier run is removed when this one issued none. The history is
    /// sealed with `key`, whose certificate is `certificate`.
    func write(_ record: ApplicationRecord, _ outcome: CaseOutcome, language: Language, renderer: CertificateRenderer,
               key: SigningKey, certificate issuerCertificate: X509Certificate, replacing: Bool) throws {
        let seal = try record.history.seal(with: key, certificate: issuerCertificate)
        var files = [AtomicFile.Output(events, record.history.jsonLines(seal: seal), permissions: permissions)]
        if let issued = record.certificate {
            files.append(AtomicFile.Output(certificate, try renderer.render(issued, signingTime: CaseStory.instant(issued.issuedAt)),
                                           permissions: permissions))
        }
        files.append(AtomicFile.Output(decision, Array((outcome.json(in: language).serialized(pretty: true) + "\n").utf8),
                                       permissions: permissions))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try AtomicFile.writeTogether(files, removing: record.certificate == nil ? [certificate] : [], replacing: replacing)
    }
}

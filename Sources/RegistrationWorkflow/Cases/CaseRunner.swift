import AttestCore
import CertificatePDF
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a case file through the office in memory and writes what it produced.
public enum CaseRunner {
    /// Runs the case at `path` and writes into `output`: `decision.json`, `events.jsonl` (the
    /// sealed history) and `certificate.pdf` when one was issued, with `permissions` (0600: they
    /// hold personal data). With `today`, a registration whose period ended before it is marked
    /// expired on that date.
    /// Without `replacing`, it refuses (`FileWriteError.exists`) before doing anything when one of
    /// those files is already there; with it, a certificate of an earlier run is removed when this
    /// run issues none. The three are written together, all or none, and none may be a file the
    /// case reads (`FileWriteError.isAnInput`).
    public static func run(caseAt path: String, output: URL, today: CivilDate? = nil, replacing: Bool = false,
                           permissions: mode_t = 0o600, language: Language = .en) async throws -> CaseOutcome {
        let outputs = CaseOutputs(folder: output, permissions: permissions)
        if !replacing { try outputs.refuseExisting() }
        let input = try CaseInputs.read(path)
        try outputs.refuseOverlaps(with: input.files)
        let anchors = try input.consentTrustAnchors()
        let (key, chain) = try input.issuer()
        let renderer = try CertificateRenderer(issuer: try CertificateIssuer(key: key, certificate: chain[0], chain: Array(chain.dropFirst())))

        let story = try await CaseStory.tell(input, consentTrustAnchors: anchors, today: today)
        let outcome = CaseOutcome(story, certificatePath: CaseOutputs.certificateName, language: language)
        try outputs.write(story.record, outcome, language: language, renderer: renderer, key: key, certificate: chain[0],
                          replacing: replacing)
        return outcome
    }
}

import AttestCore
import ArgumentParser
import Signing
import FoundationEssentials

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify a detached CMS signature against the given trust anchors.",
        discussion: """
            Checks the content's digest, the signature, and the signer's certificate chain up to \
            one of the --ca certificates (only those: never the system store). The signature must \
            have exactly one signer. The signer's certificate and chain must be valid now, or at \
            --at when given, and not revoked by a --crl. The signing time a signature states is \
            the signer's own claim (a key whose certificate has expired can write any time), so \
            it is shown but is not the time the certificate is checked at; it must not be in the \
            future. The verdict says at what time the certificate was checked, and whether that \
            time was chosen with --at: to accept an old signature, check it at a time you know \
            from elsewhere that it existed (when it was received, for instance).

            Exit status: 0 when the signature is valid, 1 when it is not.

            Examples:
              attest verify consent.json --signature consent.json.p7s --ca ca.pem
              attest verify consent.json --signature consent.json.p7s --ca ca.pem --crl ca.crl --format json
              attest verify consent.json --signature consent.json.p7s --ca ca.pem --at 2026-11-25T10:00:00Z
            """
    )

    @Argument(help: "The signed file.")
    var file: String

    @Option(help: ArgumentHelp("The detached signature (DER or PEM).", valueName: "file"))
    var signature: String

    @Option(name: .customLong("ca"), help: ArgumentHelp("A trusted certificate (PEM or DER); repeatable.", valueName: "file"))
    var trustAnchorFiles: [String]

    @Option(name: .customLong("crl"), help: ArgumentHelp("A certificate revocation list; repeatable.", valueName: "file"))
    var revocationLists: [String] = []

    @Option(help: ArgumentHelp("Check the signer's certificate at this instant (ISO 8601, e.g. 2026-11-25T10:00:00Z) instead of now.", valueName: "time"))
    var at: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !trustAnchorFiles.isEmpty else { throw ValidationError("Give at least one --ca certificate to trust.") }
        if let at, Self.parseInstant(at) == nil {
            throw ValidationError("--at must be an ISO 8601 instant such as 2026-11-25T10:00:00Z.")
        }
        if output.format == .jsonl { throw ValidationError("verify prints one document: use --format text or json.") }
    }

    func run() throws {
        let trustAnchors = try trustAnchorFiles.flatMap { try X509Certificate.read(contentsOf: $0) }
        let lists = try revocationLists.flatMap { try RevocationList.read(contentsOf: $0) }
        let signatureBytes = try InputFile.read(signature, limit: InputLimits.file)
        let verification = try SignatureVerifier.verify(
            fileAt: file, signature: signatureBytes, trustAnchors: trustAnchors, revocationLists: lists,
            at: at.flatMap(Self.parseInstant))
        switch output.format {
        case .json, .jsonl:
            output.printJSON(verification)
        case .text:
            show(Self.text(verification, file: file, language: output.language))
        }
        if !verification.valid { throw ExitCode(1) }
    }

    static func parseInstant(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601)
    }

    static func text(_ verification: SignatureVerification, file: String, language: Language) -> String {
        func say(_ phrase: Phrase) -> String { phrase.text(in: language) }
        var line = "\(file): " + say(verification.valid ? .signatureValid : .signatureInvalid)
        if let signer = verification.signer {
            line += "; \(say(.signatureSigner)) \(signer.subject), \(say(.signatureIssuer)) \(signer.issuer)"
        }
        if let signedAt = verification.signedAt {
            line += "; \(say(.signatureSignedAt)) " + Instants.display(signedAt)
        }
        line += "; \(say(.signatureCheckedAt)) " + Instants.display(verification.checkedAt)
        if verification.checkedAtGiven { line += " (--at)" }
        line += "."
        for problem in verification.problems {
            line += " " + problem.message(in: language)
        }
        return line
    }
}

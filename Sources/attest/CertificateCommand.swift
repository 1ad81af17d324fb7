import AttestCore
import ArgumentParser
import CertificatePDF
import Signing
import FoundationEssentials

struct CertificateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certificate",
        abstract: "Render certificates of registration as PDFs, and check their QR codes.",
        subcommands: [CertificateRenderCommand.self, CertificateVerifyCommand.self]
    )
}

struct CertificateRenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a certificate of registration at the place of stay as a one-page A4 PDF.",
        discussion: """
            The data is a JSON document (number RR-YYYY-NNNNNN, holder.fullName, holder.birthDate, \
            holder.document, address, validFrom, validUntil, issuedAt, issuer; dates YYYY-MM-DD). \
            A .jsonl file holds one certificate per line; --out is then a folder and each PDF is \
            named by its number. The text is set in DejaVu Sans, embedded as a subset; the QR code \
            carries the printed facts. With --sign-key (ecdsa-p256) the QR payload is signed, so a \
            printed copy can be checked offline with `attest certificate verify --qr`, and the PDF \
            carries the issuer's PAdES signature (ETSI.CAdES.detached) over the whole file. \
            --sign-cert may hold the issuer's chain after its own certificate.

            Examples:
              attest certificate render --data seeds/certificate.json --out certificate.pdf
              attest certificate render --data batch.jsonl --out certificates/ --sign-key issuer.key --sign-cert issuer.pem
            """
    )

    @Option(help: ArgumentHelp("The certificate data: .json, or .jsonl with one per line.", valueName: "file"))
    var data: String

    @Option(help: ArgumentHelp("The PDF to write, or the folder for a .jsonl batch.", valueName: "path"))
    var out: String

    @Option(help: ArgumentHelp("The issuer's private key, to sign the QR payload.", valueName: "file"))
    var signKey: String?

    @Option(help: ArgumentHelp("The issuer's certificate.", valueName: "file"))
    var signCert: String?

    @Option(help: ArgumentHelp("A TrueType font instead of DejaVu Sans.", valueName: "file"))
    var font: String = CertificateRenderer.defaultFontPath

    @OptionGroup var passphrase: PassphraseOptions

    @Flag(help: "Replace existing PDFs.")
    var force = false

    @OptionGroup var written: PersonalFileOptions

    @OptionGroup var lang: LanguageOption

    func validate() throws {
        guard (signKey == nil) == (signCert == nil) else { throw ValidationError("Give --sign-key and --sign-cert together.") }
    }

    func run() throws {
        let batch = data.hasSuffix(".jsonl")
        if !batch {
            try AtomicFile.refuseOverlaps(outputs: [out], inputs: [data, font] + [signKey, signCert, passphrase.passphraseFile].compactMap { $0 })
        }
        var issuer: CertificateIssuer?
        if let signKey, let signCert {
            let certificates = try X509Certificate.read(contentsOf: signCert)
            issuer = try CertificateIssuer(key: try SigningKey(contentsOf: signKey, passphrase: try passphrase.passphrase()),
                                           certificate: certificates[0], chain: Array(certificates.dropFirst()))
        }
        let renderer = try CertificateRenderer(fontPath: font, issuer: issuer)
        let input = try InputFile.read(data, limit: batch ? InputLimits.batch : InputLimits.document)
        if batch {
            try renderBatch(input, renderer: renderer)
        } else {
            let certificate = try CertificateData(json: input, source: data)
            try AtomicFile.write(try renderer.render(certificate), to: out, permissions: written.permissions, replacing: force)
            show(rendered(out, certificate))
        }
    }

    /// One PDF per line, named by number; a bad line is reported with its number and the rest rendered.
    private func renderBatch(_ input: [UInt8], renderer: CertificateRenderer) throws {
        try OutputFolder.create(out)
        var failed = false
        for (index, line) in input.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) else { continue }
            do {
                let certificate = try CertificateData(json: Array(line), source: "\(data):\(index + 1)")
                let path = (out.hasSuffix("/") ? out : out + "/") + "\(certificate.number).pdf"
                try AtomicFile.write(try renderer.render(certificate), to: path, permissions: written.permissions, replacing: force)
                show(rendered(path, certificate))
            } catch {
                _ = Failure.fail(error)  // the batch's status is its own: 1 when any line failed
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// The line that says `certificate` was written to `path`.
    private func rendered(_ path: String, _ certificate: CertificateData) -> String {
        Phrase.certificateRendered.text(in: lang.language, ["path": .text(path), "number": .text(certificate.number)])
    }
}

struct CertificateVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a certificate PDF, or a scanned QR payload offline, against the issuer's keys.",
        discussion: """
            For a PDF: the /ByteRange covers the whole file but /Contents, the CMS signature \
            verifies and chains to a --ca certificate, the QR payload stored in the file verifies, \
            and the registration is in force on --today (default: today in Moscow). With --qr: the \
            scanned payload is signed by the key of a --ca certificate, or of an --issuer-cert \
            issued by one (a trust list: a chain does not fit in a QR code), and is in force.

            Exit status: 0 when everything holds, 1 otherwise.

            Examples:
              attest certificate verify certificate.pdf --ca ca.pem --issuer-cert issuer.pem
              attest certificate verify --qr "RUREG1:..." --ca issuer.pem
            """
    )

    @Argument(help: "The certificate PDF (or give --qr).")
    var pdf: String?

    @Option(help: ArgumentHelp("The text the QR code holds.", valueName: "text"))
    var qr: String?

    @Option(name: .customLong("ca"), help: ArgumentHelp("A trusted certificate; repeatable.", valueName: "file"))
    var trustAnchorFiles: [String]

    @Option(name: .customLong("issuer-cert"), help: ArgumentHelp("An issuer's certificate, issued by a --ca; repeatable.", valueName: "file"))
    var issuers: [String] = []

    @Option(help: ArgumentHelp("The date to check the period against (YYYY-MM-DD).", valueName: "date"))
    var today: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !trustAnchorFiles.isEmpty else { throw ValidationError("Give at least one --ca certificate.") }
        guard (pdf == nil) != (qr == nil) else { throw ValidationError("Give a certificate PDF or --qr, not both.") }
        if let today, CivilDate(iso: today) == nil { throw ValidationError("--today must be a date such as 2026-11-25.") }
        if output.format == .jsonl { throw ValidationError("verify prints one document: use --format text or json.") }
    }

    func run() throws {
        let trustAnchors = try trustAnchorFiles.flatMap { try X509Certificate.read(contentsOf: $0) }
        let issuerCertificates = try issuers.flatMap { try X509Certificate.read(contentsOf: $0) }
        let day = today.flatMap(CivilDate.init(iso:)) ?? .today()
        let language = output.language
        let valid: Bool
        var line: String
        let json: JSONValue
        if let qr {
            let verification = CertificateQR.verify(
                qr, trustAnchors: trustAnchors + issuerCertificates.filter { $0.chains(to: trustAnchors) }, today: day)
            valid = verification.valid
            line = (valid ? Phrase.validQRCode : .invalidQRCode).text(in: language)
            if let number = verification.number, let name = verification.holderFullName { line += ": № \(number), \(name)" }
            line += "." + verification.problems.map { " " + $0.message(in: language) }.joined()
            json = verification.json(in: language)
        } else {
            let path = pdf!
            let bytes = try InputFile.read(path, limit: InputLimits.file)
            let verification = CertificateVerifier.verify(pdf: bytes, trustAnchors: trustAnchors, issuers: issuerCertificates, today: day)
            valid = verification.valid
            line = "\(path): " + (valid ? Phrase.validCertificate : .invalidCertificate).text(in: language)
            if let number = verification.qr?.number, let name = verification.qr?.holderFullName { line += ", № \(number), \(name)" }
            if let signer = verification.signer { line += Phrase.signedBy.text(in: language, ["subject": .text(signer.subject)]) }
            line += "."
            for problem in verification.problems {
                line += " " + problem.message(in: language)
                for inner in problem.problems { line += " " + inner.message(in: language) }
            }
            json = verification.json(in: language)
        }
        if output.format == .text { show(line) } else { print(json.serialized(pretty: true)) }
        if !valid { throw ExitCode(1) }
    }
}

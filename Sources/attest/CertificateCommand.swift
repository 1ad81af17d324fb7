import AttestCore
import ArgumentParser
import CertificatePDF
import ConsentSigning
import Foundation

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
            carries the printed facts, signed with --sign-key when it is given (ecdsa-p256 or \
            ed25519), so a printed copy can be checked offline with `attest certificate verify --qr`.

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

    func validate() throws {
        guard (signKey == nil) == (signCert == nil) else { throw ValidationError("Give --sign-key and --sign-cert together.") }
    }

    func run() throws {
        let renderer = try exiting { () throws -> CertificateRenderer in
            var signer: (key: SigningKey, certificate: Certificate)?
            if let signKey, let signCert {
                signer = (try SigningKey(contentsOf: signKey, passphrase: try passphrase.passphrase()),
                          try Certificate.read(contentsOf: signCert)[0])
            }
            do {
                return try CertificateRenderer(fontPath: font, signer: signer)
            } catch let error as FontError {
                Failure.report(error.description)
                throw ExitCode(66)
            }
        }
        let input: Data
        do {
            input = try Data(contentsOf: URL(fileURLWithPath: data))
        } catch {
            Failure.report("cannot read \(data)")
            throw ExitCode(66)
        }
        if data.hasSuffix(".jsonl") {
            try renderBatch(Array(input), renderer: renderer)
        } else {
            let certificate: CertificateData
            do {
                certificate = try CertificateData(json: Array(input))
            } catch {
                Failure.report("\(data): \(error.description)")
                throw ExitCode(65)
            }
            try exiting {
                try AtomicFile.write(try renderer.render(certificate), to: out, permissions: 0o600, replacing: force)
            }
            print("\(out): certificate № \(certificate.number)")
        }
    }

    /// One PDF per line, named by number; a bad line is reported with its number and the rest rendered.
    private func renderBatch(_ input: [UInt8], renderer: CertificateRenderer) throws {
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            Failure.report("cannot create the folder \(out)")
            throw ExitCode(73)
        }
        var failed = false
        for (index, line) in input.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) else { continue }
            do {
                let certificate = try CertificateData(json: Array(line))
                let path = (out as NSString).appendingPathComponent("\(certificate.number).pdf")
                try AtomicFile.write(try renderer.render(certificate), to: path, permissions: 0o600, replacing: force)
                print("\(path): certificate № \(certificate.number)")
            } catch let error as CertificateDataError {
                Failure.report("\(data):\(index + 1): \(error.description)")
                failed = true
            } catch {
                _ = Failure.fail(error)
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}

struct CertificateVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a certificate's scanned QR payload offline against the issuer's key.",
        discussion: """
            Exit status: 0 when the payload is signed by a key of a --ca certificate and the \
            registration is in force on --today (default: today in Moscow), 1 otherwise.

            Example:
              attest certificate verify --qr "RUREG1:..." --ca issuer.pem
            """
    )

    @Option(help: ArgumentHelp("The text the QR code holds.", valueName: "text"))
    var qr: String

    @Option(name: .customLong("ca"), help: ArgumentHelp("A certificate whose key may sign certificates; repeatable.", valueName: "file"))
    var anchors: [String]

    @Option(help: ArgumentHelp("The date to check the period against (YYYY-MM-DD).", valueName: "date"))
    var today: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !anchors.isEmpty else { throw ValidationError("Give at least one --ca certificate.") }
        if let today, CivilDate(iso: today) == nil { throw ValidationError("--today must be a date such as 2026-11-25.") }
    }

    func run() throws {
        let trusted = try exiting { try anchors.flatMap { try Certificate.read(contentsOf: $0) } }
        let verification = CertificateQR.verify(qr, trusted: trusted, today: today.flatMap(CivilDate.init(iso:)) ?? .today())
        if output.format == .text {
            let language = output.language
            var line = verification.valid
                ? (language == .ru ? "QR-код действителен" : "valid QR code")
                : (language == .ru ? "QR-код недействителен" : "INVALID QR code")
            if let number = verification.number, let name = verification.holderFullName {
                line += ": № \(number), \(name)"
            }
            line += "."
            for problem in verification.problems { line += " " + problem.message(in: language) }
            print(line)
        } else {
            output.printJSON(verification)
        }
        if !verification.valid { throw ExitCode(1) }
    }
}

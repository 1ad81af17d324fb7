import AttestCore
import ArgumentParser
import Signing
import Dispatch
import FoundationEssentials

struct SignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Make a detached CMS signature of each file.",
        discussion: """
            Each FILE gets FILE.p7s: a detached CMS SignedData over its exact bytes, SHA-256, \
            with the signing-time and message-digest signed attributes and the signer's \
            certificate (and --chain) included, as `openssl cms -verify` expects. DER by default, \
            PEM with --pem. Files are signed on all cores; outputs are written atomically and \
            never replace an existing file without --force. Ed25519 keys are refused: OpenSSL \
            3.0's CMS cannot sign with them. A certificate that is not valid now (expired, or not \
            yet valid) is refused with exit status 1: `attest verify` checks the certificate at \
            the time of verification, not at the signing time a signature states, so such a \
            signature would never verify. A signature holds the signer's certificate (name, \
            SNILS), so it is written with mode 600 unless --mode says otherwise.

            Examples:
              attest sign consent.json --key owner.key --cert owner.pem --chain ca.pem
              attest sign consent.json --key owner.key --cert owner.pem --out consent.sig --pem
            """
    )

    @Argument(help: "Files to sign.")
    var files: [String]

    @Option(help: ArgumentHelp("The signer's private key (PEM or DER).", valueName: "file"))
    var key: String

    @Option(help: ArgumentHelp("The signer's certificate (PEM or DER).", valueName: "file"))
    var cert: String

    @Option(help: ArgumentHelp("Certificates to include after the signer's (PEM).", valueName: "file"))
    var chain: String?

    @Option(help: ArgumentHelp("Where to write the signature (only with one file).", valueName: "file"))
    var out: String?

    @Flag(help: "Write PEM instead of DER.")
    var pem = false

    @Flag(help: "Replace existing signature files.")
    var force = false

    @OptionGroup var written: PersonalFileOptions

    @OptionGroup var passphrase: PassphraseOptions

    func validate() throws {
        if out != nil && files.count != 1 { throw ValidationError("--out works with one file only.") }
    }

    func run() throws {
        let outputs = files.map { out ?? $0 + ".p7s" }
        try AtomicFile.refuseOverlaps(outputs: outputs, inputs: files + [key, cert] + (chain.map { [$0] } ?? [])
                                      + (passphrase.passphraseFile.map { [$0] } ?? []))
        let signingKey = try SigningKey(contentsOf: key, passphrase: try passphrase.passphrase())
        let certificate = try X509Certificate.read(contentsOf: cert)[0]
        let chainCertificates = try chain.map { try X509Certificate.read(contentsOf: $0) } ?? []
        let signer = try CMSSigner(key: signingKey, certificate: certificate, chain: chainCertificates)
        let encoding: SignatureEncoding = pem ? .pem : .der
        let permissions = written.permissions
        let failures = Slots<any Error>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            do {
                let signature = try signer.sign(fileAt: files[index], encoding: encoding)
                try AtomicFile.write(signature, to: outputs[index], permissions: permissions, replacing: force)
            } catch {
                failures.store(error, at: index)
            }
        }
        var failure: ExitCode?
        for (index, file) in files.enumerated() {
            if let error = failures.take(at: index) {
                failure = failure ?? Failure.fail(error)
            } else {
                show("\(file) -> \(outputs[index])")
            }
        }
        if let failure { throw failure }
    }
}

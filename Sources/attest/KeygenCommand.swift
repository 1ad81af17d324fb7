import AttestCore
import ArgumentParser
import Signing
import FoundationEssentials

extension KeyAlgorithm: ExpressibleByArgument {}

struct KeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Make a private key and a certificate for it, self-signed or issued by a CA.",
        discussion: """
            The key is written as PKCS#8 PEM with mode 0600, encrypted with AES-256 when a \
            passphrase is given; the certificate as PEM. A self-signed certificate is a CA that \
            can issue others; one issued with --ca-key/--ca-cert is for signing only. Both carry \
            the key usages digitalSignature and nonRepudiation. The certificate is valid from now \
            (or from the start of --valid-from, UTC) for --days days: `attest sign` refuses to sign outside that period. A consent's signer \
            is known by the subject's SNILS attribute (1.2.643.100.3 or SNILS), exactly one, \
            never by the name. GOST R 34.10-2012 keys (gost2012-256, gost2012-512) sign with \
            Streebog, as Russian qualified signatures do, and need OpenSSL's gost engine (Debian: \
            libengine-gost-openssl), which Attest loads itself.

            Examples:
              attest keygen --subject "CN=Attest Demo CA,O=Attest" --key-out ca.key --cert-out ca.pem
              attest keygen --subject "CN=Иванов Иван Иванович,1.2.643.100.3=11223344595" \\
                  --key-out owner.key --cert-out owner.pem --ca-key ca.key --ca-cert ca.pem \\
                  --passphrase-env OWNER_PASSPHRASE
              attest keygen --algorithm gost2012-256 --subject "CN=Петров Пётр Петрович,SNILS=08765430300" \
                  --key-out owner.key --cert-out owner.pem --ca-key gost-ca.key --ca-cert gost-ca.pem
            """
    )

    @Option(help: "ecdsa-p256 (the default), rsa-3072, ed25519, gost2012-256 or gost2012-512.")
    var algorithm: KeyAlgorithm = .ecdsaP256

    @Option(help: ArgumentHelp("The certificate's subject, as RFC 4514 TYPE=value pairs.", valueName: "name"))
    var subject: String

    @Option(help: ArgumentHelp("Where to write the private key.", valueName: "file"))
    var keyOut: String

    @Option(help: ArgumentHelp("Where to write the certificate.", valueName: "file"))
    var certOut: String

    @Option(help: "How many days the certificate is valid.")
    var days: Int = 365

    @Option(help: ArgumentHelp("The first day the certificate is valid (YYYY-MM-DD, from 00:00 UTC) instead of now.", valueName: "date"))
    var validFrom: String?

    @Option(help: ArgumentHelp("The issuing CA's private key.", valueName: "file"))
    var caKey: String?

    @Option(help: ArgumentHelp("The issuing CA's certificate.", valueName: "file"))
    var caCert: String?

    @Option(help: ArgumentHelp("A file whose first line is the CA key's passphrase.", valueName: "file"))
    var caPassphraseFile: String?

    @Option(help: ArgumentHelp("An environment variable that holds the CA key's passphrase.", valueName: "name"))
    var caPassphraseEnv: String?

    @OptionGroup var passphrase: PassphraseOptions

    @Flag(help: "Replace existing output files.")
    var force = false

    func validate() throws {
        guard (caKey == nil) == (caCert == nil) else { throw ValidationError("Give --ca-key and --ca-cert together.") }
        guard days > 0 else { throw ValidationError("--days must be at least 1.") }
        if let validFrom, CivilDate(iso: validFrom) == nil { throw ValidationError("--valid-from must be a date such as 2026-01-01.") }
        if caPassphraseFile != nil && caPassphraseEnv != nil {
            throw ValidationError("Give --ca-passphrase-file or --ca-passphrase-env, not both.")
        }
    }

    func run() throws {
        try AtomicFile.refuseOverlaps(outputs: [keyOut, certOut],
                                      inputs: [caKey, caCert, passphrase.passphraseFile, caPassphraseFile].compactMap { $0 })
        if !force { try AtomicFile.refuseExisting([keyOut, certOut]) }
        let issuer = try loadIssuer()
        let key = try SigningKey.generate(algorithm)
        let start = validFrom.flatMap { try? Date("\($0)T00:00:00Z", strategy: .iso8601) } ?? Date()
        let certificate = try X509Certificate.make(subject: subject, key: key, days: days, issuer: issuer, now: start)
        try AtomicFile.writeTogether([
            AtomicFile.Output(keyOut, try key.pkcs8PEM(passphrase: try passphrase.passphrase()), permissions: 0o600),
            AtomicFile.Output(certOut, try certificate.pem(), permissions: 0o644),
        ], replacing: force)
        let visible = VisibleText.escaping
        print("""
            Wrote the \(algorithm.rawValue) private key to \(visible(keyOut)) (mode 0600) and its certificate to \(visible(certOut)).
              subject: \(visible(certificate.subject))
              issuer:  \(visible(certificate.issuer))
              serial:  \(certificate.serialNumber)
              valid:   \(certificate.notBefore.map(Instants.displayDay) ?? "?") to \(certificate.notAfter.map(Instants.displayDay) ?? "?")
              SHA-256: \(certificate.fingerprintSHA256)
            """)
    }

    private func loadIssuer() throws -> (certificate: X509Certificate, key: SigningKey)? {
        guard let caKey, let caCert else { return nil }
        let caPassphrase = try Passphrase.read(fromFile: caPassphraseFile, orEnvironment: caPassphraseEnv)
        let key = try SigningKey(contentsOf: caKey, passphrase: caPassphrase)
        return (try X509Certificate.read(contentsOf: caCert)[0], key)
    }
}

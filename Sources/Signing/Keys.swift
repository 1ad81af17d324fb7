import AttestCore
import FoundationEssentials

/// The key algorithms Attest makes keys for.
public enum KeyAlgorithm: String, Sendable, Hashable, CaseIterable {
    /// ECDSA on NIST P-256: the default; small, fast signatures that fit a QR code.
    case ecdsaP256 = "ecdsa-p256"
    /// RSA with a 3072-bit modulus.
    case rsa3072 = "rsa-3072"
    /// Ed25519: compact signatures for the certificate QR code; OpenSSL 3.0's CMS cannot use it.
    case ed25519
    /// GOST R 34.10-2012 with a 256-bit key (TC26 parameter set A), signing with Streebog-256:
    /// Russian qualified signatures. Needs OpenSSL's gost engine (`GOSTEngine`).
    case gost2012_256 = "gost2012-256"
    /// GOST R 34.10-2012 with a 512-bit key (TC26 parameter set A), signing with Streebog-512.
    case gost2012_512 = "gost2012-512"

    /// Whether it is a GOST algorithm, which only OpenSSL's gost engine provides.
    public var isGOST: Bool { self == .gost2012_256 || self == .gost2012_512 }
}

/// A passphrase that protects a private key. Read from a file or the environment, never from argv.
public struct Passphrase: Sendable {
    let bytes: [UInt8]

    /// A passphrase given as text.
    public init(_ text: String) { bytes = Array(text.utf8) }

    /// The first line of the file at `path` (a trailing newline is not part of it).
    public static func read(fromFile path: String) throws(SigningError) -> Passphrase {
        let bytes = try readFile(path)
        let line = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
        guard !line.isEmpty else { throw SigningError(code: .malformedKey, detail: "the passphrase file \(path) is empty") }
        return Passphrase(String(decoding: line, as: UTF8.self))
    }

    /// The passphrase named by a file or an environment variable, whichever is given; nil for neither.
    public static func read(fromFile file: String?, orEnvironment name: String?) throws(SigningError) -> Passphrase? {
        if let file { return try read(fromFile: file) }
        if let name { return try read(fromEnvironment: name) }
        return nil
    }

    /// The value of the environment variable `name`.
    public static func read(fromEnvironment name: String) throws(SigningError) -> Passphrase {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else {
            throw SigningError(code: .malformedKey, detail: "the environment variable \(name) is not set")
        }
        return Passphrase(value)
    }
}

/// A private key; owns an OpenSSL `EVP_PKEY`. Never printed: it has no description of its contents.
public struct SigningKey: Sendable {
    let owned: OwnedKey

    /// Makes a new key.
    public static func generate(_ algorithm: KeyAlgorithm = .ecdsaP256) throws(SigningError) -> SigningKey {
        SigningKey(owned: try OpenSSLKeys.generate(algorithm))
    }

    /// Reads a key in PEM or DER, decrypting it with `passphrase` when it is encrypted.
    public init(bytes: [UInt8], passphrase: Passphrase? = nil) throws(SigningError) {
        owned = try OpenSSLKeys.read(bytes, passphrase: passphrase)
    }

    /// Reads the key file at `path`.
    public init(contentsOf path: String, passphrase: Passphrase? = nil) throws(SigningError) {
        try self.init(bytes: try readFile(path), passphrase: passphrase)
    }

    init(owned: OwnedKey) { self.owned = owned }

    /// The algorithm, or nil for a key Attest would not make (another curve, RSA under 3072 bits).
    public var algorithm: KeyAlgorithm? { OpenSSLKeys.algorithm(of: owned) }

    /// A signature over a short message, small enough for a QR code: 64 bytes, ECDSA P-256 with
    /// SHA-256 as r‖s, or Ed25519. RSA keys are refused (`unsupportedAlgorithm`).
    public func compactSignature(of message: [UInt8]) throws(SigningError) -> [UInt8] {
        try OpenSSLCompactSignatures.sign(message, key: owned)
    }

    /// The key as PKCS#8 PEM, encrypted with AES-256-CBC when `passphrase` is given.
    public func pkcs8PEM(passphrase: Passphrase? = nil) throws(SigningError) -> [UInt8] {
        try OpenSSLKeys.pkcs8PEM(owned, passphrase: passphrase)
    }
}

/// Reads a whole (small) input file: a key, a certificate, a signature; at most `InputLimits.file`.
func readFile(_ path: String) throws(SigningError) -> [UInt8] {
    do {
        return try InputFile.read(path, limit: InputLimits.file)
    } catch {
        throw SigningError(error)
    }
}

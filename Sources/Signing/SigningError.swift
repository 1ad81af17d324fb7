import AttestCore
/// Why a signing operation could not be carried out. (A signature that does not verify is not an
/// error: it is a `SignatureVerification` with problems.)
public struct SigningError: AttestError, Equatable {
    /// What failed, for a caller to switch on.
    public enum Code: String, FailureCode {
        /// An input file cannot be opened or read.
        case unreadableInput = "unreadable-input"
        /// An input larger than any key, certificate or signature may be (`InputLimits.file`).
        case tooLarge = "too-large"
        /// A private key that cannot be read: not a key, damaged, or a wrong or missing passphrase.
        case malformedKey = "malformed-key"
        /// A certificate or revocation list that cannot be read.
        case malformedCertificate = "malformed-certificate"
        /// The private key is not the one the certificate was issued for.
        case keyMismatch = "key-mismatch"
        /// A subject name that is not `TYPE=value` pairs separated by commas.
        case invalidSubject = "invalid-subject"
        /// The signer's certificate had expired at the signing time: a signature `verify` refuses is not made.
        case signerExpired = "signer-expired"
        /// The signer's certificate was not yet valid at the signing time.
        case signerNotYetValid = "signer-not-yet-valid"
        /// An algorithm that cannot be used for this operation (Ed25519 for CMS signing).
        case unsupportedAlgorithm = "unsupported-algorithm"
        /// Reading an input failed part-way.
        case ioError = "io-error"
        /// OpenSSL refused an operation for a reason of its own (see `openSSLReasons`).
        case openSSLFailure = "openssl-failure"

        public var kind: FailureKind {
            switch self {
            case .unreadableInput: .unreadableInput
            case .tooLarge: .tooLarge
            case .malformedKey, .malformedCertificate, .invalidSubject: .malformedInput
            case .keyMismatch: .invalidInput
            case .signerExpired, .signerNotYetValid, .unsupportedAlgorithm: .refused
            case .ioError: .ioError
            case .openSSLFailure: .internalFailure
            }
        }
    }

    /// What failed.
    public let code: Code
    /// What failed, in words.
    public let detail: String
    /// OpenSSL's own reasons, from its error queue, oldest first.
    public let openSSLReasons: [String]

    /// The input that could not be read, when that is what failed.
    let input: InputError?

    /// Makes an error; `openSSLReasons` is empty for failures found by Attest itself.
    public init(code: Code, detail: String, openSSLReasons: [String] = []) {
        self.code = code
        self.detail = detail
        self.openSSLReasons = openSSLReasons
        self.input = nil
    }

    /// An input that could not be read whole.
    init(_ input: InputError) {
        (code, detail, openSSLReasons, self.input) = (input.code == .tooLarge ? .tooLarge : .unreadableInput, input.description, [], input)
    }

    /// In English, the detail and OpenSSL's reasons; in Russian, what failed in the catalog's
    /// words (OpenSSL's English is not mixed into a Russian sentence).
    public func message(in language: Language) -> String {
        if let input { return input.message(in: language) }
        guard language == .ru else { return description }
        let phrase: Phrase = switch code {
        case .unreadableInput: .signingInputUnreadable
        case .tooLarge: .signingInputTooLarge
        case .malformedKey: .signingKeyUnreadable
        case .malformedCertificate: .signingCertificateUnreadable
        case .keyMismatch: .signingKeyMismatch
        case .invalidSubject: .signingSubjectInvalid
        case .signerExpired: .signingSignerExpired
        case .signerNotYetValid: .signingSignerNotYetValid
        case .unsupportedAlgorithm: .signingAlgorithmUnsupported
        case .ioError: .signingInputFailed
        case .openSSLFailure: .signingOpenSSLRefused
        }
        return phrase.text(in: language)
    }

    public var description: String {
        openSSLReasons.isEmpty ? detail : "\(detail) (\(openSSLReasons.joined(separator: "; ")))"
    }
}

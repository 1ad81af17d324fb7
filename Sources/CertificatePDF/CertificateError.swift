import AttestCore

/// Why a certificate could not be made: its data is refused, the font cannot be used, or the
/// PDF or its QR code cannot hold what they must. (A certificate that does not verify is not an
/// error: it is a `CertificateVerification` with problems.)
public struct CertificateError: AttestError, Equatable {
    /// What failed, for a caller to switch on.
    public enum Code: String, FailureCode {
        /// The certificate data misses fields or has malformed ones (`fields` names them all).
        case invalidData = "invalid-certificate-data"
        /// The certificate data is larger than one certificate may be (`InputLimits.document`).
        case dataTooLarge = "certificate-data-too-large"
        /// The font file cannot be read.
        case fontUnreadable = "font-unreadable"
        /// The font file is not a TrueType or OpenType font.
        case notAFont = "not-a-font"
        /// HarfBuzz could not subset the font for the certificate's text.
        case fontSubsetFailed = "font-subset-failed"
        /// The QR payload is longer than the largest QR code holds.
        case qrPayloadTooLarge = "qr-payload-too-large"
        /// The PDF as written lacks the place its signature goes.
        case signaturePlaceholderMissing = "signature-placeholder-missing"
        /// The issuer's signature is larger than the place reserved for it in the PDF.
        case signatureTooLarge = "signature-too-large"
        /// The issuer's key is not ecdsa-p256, the one algorithm that signs both the QR payload
        /// and the PDF.
        case issuerKeyUnsupported = "issuer-key-unsupported"

        public var kind: FailureKind {
            switch self {
            case .invalidData: .malformedInput
            case .dataTooLarge: .tooLarge
            // A font that is not one cannot be read as a font: an unreadable input, like a missing one.
            case .fontUnreadable, .notAFont: .unreadableInput
            case .qrPayloadTooLarge, .issuerKeyUnsupported: .refused
            case .fontSubsetFailed, .signaturePlaceholderMissing, .signatureTooLarge: .internalFailure
            }
        }
    }

    public let code: Code
    /// For `invalidData`, every field at fault, as `holder.birthDate` (empty for the document
    /// itself); empty for the other codes.
    public let fields: [String]
    /// Where the data came from (a file, a line of a batch), which the message starts with;
    /// empty when not known.
    public let source: String
    /// What is wrong: with each of `fields` for `invalidData`, otherwise the one thing wrong.
    let reasons: [ProblemArgument]

    /// A failure that is not about the data's fields: `phrase` with its places filled.
    init(_ code: Code, _ phrase: Phrase, _ arguments: ProblemArguments = [:], source: String = "") {
        (self.code, fields, self.source) = (code, [], source)
        reasons = [arguments == [:] ? .phrase(phrase) : .filled(phrase, with: arguments)]
    }

    /// Certificate data refused for each of `fields`, for the reason in the same place of `reasons`.
    init(fields: [String], reasons: [ProblemArgument], source: String) {
        (code, self.fields, self.reasons, self.source) = (.invalidData, fields, reasons, source)
    }

    public func message(in language: Language) -> String {
        let body = switch code {
        case .invalidData:
            zip(fields, reasons).map { field, reason in
                (field.isEmpty ? Phrase.certificateDataDocument.text(in: language) : field) + ": " + reason.text(in: language)
            }.joined(separator: "; ")
        default:
            reasons.map { $0.text(in: language) }.joined()
        }
        return source.isEmpty ? body : source + ": " + body
    }
}

/// A phrase a message, a reason or a line of output uses: its words in each language are kept
/// here, beside the problem catalog, and nowhere else.
///
/// Each part of Attest keeps its phrases in a section of its own.
public enum Phrase: String, Sendable, Hashable, CaseIterable {
    // Shared by every part
    case placeholder

    // Signatures
    case signatureUndecodable
    case signatureWithoutSignedData
    case signatureWithoutSigner
    case signatureDigestsAccepted
    case signatureValueWrong
    case signerCertificateNotFound
    case signerValidityNotBegun
    case signerHadExpired
    case chainIssuerNotTrusted
    case chainEndsSelfSigned
    case chainCertificateExpired
    case chainCertificateNotYetValid
    case chainCertificateNotSignedByIssuer
    case chainCertificateMayNotIssue
    case chainCertificateNotForSigning
    case chainCertificateRevoked
    case chainDoesNotVerify
    case signatureValid
    case signatureInvalid
    case signatureSigner
    case signatureIssuer
    case signatureSignedAt
    case signatureCheckedAt
    case signingInputUnreadable
    case signingInputTooLarge
    case signingKeyUnreadable
    case signingCertificateUnreadable
    case signingKeyMismatch
    case signingSubjectInvalid
    case signingSignerExpired
    case signingSignerNotYetValid
    case signingAlgorithmUnsupported
    case signingInputFailed
    case signingOpenSSLRefused

    // Scan inspection

    // Certificates of registration

    // The workflow

    // The command line

    /// The phrase in `language`.
    public func text(in language: Language) -> String {
        let words = self.words
        return language == .ru ? words.ru : words.en
    }

    private var words: (en: String, ru: String) {
        switch self {
        // Shared by every part
        case .placeholder: ("", "")

        // Signatures
        case .signatureUndecodable: ("it cannot be decoded", "её не удаётся декодировать")
        case .signatureWithoutSignedData: ("it holds no signed data", "в ней нет подписанных данных")
        case .signatureWithoutSigner: ("it names no signer", "в ней не указан подписант")
        case .signatureDigestsAccepted:
            ("only SHA-256, SHA-384 and SHA-512 digests are accepted",
             "принимаются только дайджесты SHA-256, SHA-384 и SHA-512")
        case .signatureValueWrong: ("the signature value is wrong", "неверное значение подписи")
        case .signerCertificateNotFound:
            ("its certificate is neither in the signature nor among the given ones",
             "его сертификата нет ни в подписи, ни среди указанных")
        case .signerValidityNotBegun: ("its validity had not begun", "срок его действия ещё не начался")
        case .signerHadExpired: ("it had expired", "срок его действия истёк")
        case .chainIssuerNotTrusted:
            ("its issuer is not among the trusted certificates",
             "его издателя нет среди доверенных сертификатов")
        case .chainEndsSelfSigned:
            ("its chain ends in a self-signed certificate that is not trusted",
             "его цепочка заканчивается самоподписанным сертификатом, которому нет доверия")
        case .chainCertificateExpired:
            ("a certificate of its chain had expired",
             "срок действия сертификата в его цепочке истёк")
        case .chainCertificateNotYetValid:
            ("a certificate of its chain was not yet valid",
             "сертификат в его цепочке ещё не действовал")
        case .chainCertificateNotSignedByIssuer:
            ("a certificate of its chain is not signed by its issuer",
             "сертификат в его цепочке не подписан издателем")
        case .chainCertificateMayNotIssue:
            ("a certificate of its chain may not issue others",
             "сертификат в его цепочке не может выпускать другие")
        case .chainCertificateNotForSigning:
            ("a certificate of its chain may not be used for signing",
             "сертификат в его цепочке не предназначен для подписи")
        case .chainCertificateRevoked: ("a certificate of its chain has been revoked", "сертификат в его цепочке отозван")
        case .chainDoesNotVerify: ("the chain does not verify", "цепочка не проходит проверку")
        case .signatureValid: ("valid signature", "подпись действительна")
        case .signatureInvalid: ("INVALID signature", "подпись недействительна")
        case .signatureSigner: ("signer", "подписант")
        case .signatureIssuer: ("issued by", "издатель")
        case .signatureSignedAt: ("signed", "подписано")
        case .signatureCheckedAt: ("certificate checked at", "сертификат проверен на момент")
        case .signingInputUnreadable: ("an input file cannot be read", "не удаётся прочитать входной файл")
        case .signingInputTooLarge: ("an input file is larger than allowed", "входной файл больше допустимого")
        case .signingKeyUnreadable:
            ("the private key cannot be read: it is not a key, it is damaged, or its passphrase is wrong or missing",
             "закрытый ключ не читается: это не ключ, он повреждён, или парольная фраза неверна либо не задана")
        case .signingCertificateUnreadable:
            ("a certificate or revocation list cannot be read",
             "сертификат или список отзыва не читается")
        case .signingKeyMismatch:
            ("the private key does not belong to the certificate",
             "закрытый ключ не соответствует сертификату")
        case .signingSubjectInvalid:
            ("the subject name is not TYPE=value pairs separated by commas",
             "имя субъекта — не пары ТИП=значение через запятую")
        case .signingSignerExpired:
            ("the signer's certificate has expired: a signature verification would refuse is not made",
             "срок действия сертификата подписанта истёк: подпись, которую проверка отвергнет, не создаётся")
        case .signingSignerNotYetValid:
            ("the signer's certificate is not yet valid: a signature verification would refuse is not made",
             "срок действия сертификата подписанта ещё не начался: подпись, которую проверка отвергнет, не создаётся")
        case .signingAlgorithmUnsupported:
            ("this algorithm cannot be used here (Ed25519 keys cannot sign CMS in OpenSSL 3.0)",
             "этот алгоритм здесь неприменим (ключи Ed25519 не подписывают CMS в OpenSSL 3.0)")
        case .signingInputFailed: ("reading an input file failed part-way", "чтение входного файла прервалось ошибкой")
        case .signingOpenSSLRefused: ("OpenSSL refused the operation", "OpenSSL отказался выполнить операцию")

        // Scan inspection

        // Certificates of registration

        // The workflow

        // The command line
        }
    }
}

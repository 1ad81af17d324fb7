/// Every problem code Attest reports. Codes never change once released: add new ones instead.
public enum ProblemCode: String, Sendable, Hashable, Codable, CaseIterable {
    // Scan inspection
    case unreadable
    case emptyFile = "empty-file"
    case tooLarge = "too-large"
    case unsupportedFormat = "unsupported-format"
    case corrupt
    case tooManyPixels = "too-many-pixels"
    case lowResolution = "low-resolution"
    case missingResolution = "missing-resolution"
    case extensionMismatch = "extension-mismatch"
    case conflictingResolution = "conflicting-resolution"
    case trailingData = "trailing-data"
    case encryptedPDF = "encrypted-pdf"
    case repairedPDF = "repaired-pdf"
    case activeContent = "active-content"
    case tooManyObjects = "too-many-objects"
    case contentTooLarge = "content-too-large"
    case limitReached = "limit-reached"
    case polyglot

    // Signature verification
    case contentMismatch = "content-mismatch"
    case badSignature = "bad-signature"
    case untrustedSigner = "untrusted-signer"
    case signerExpired = "signer-expired"
    case revoked
    case malformedSignature = "malformed-signature"
    case unsupportedAlgorithm = "unsupported-algorithm"
    case signingTimeInFuture = "signing-time-in-future"
    case signerNotYetValid = "signer-not-yet-valid"
    case multipleSigners = "multiple-signers"
    case ambiguousSigner = "ambiguous-signer"

    // The application form
    case invalidName = "invalid-name"
    case invalidPassport = "invalid-passport"
    case invalidBirthCertificate = "invalid-birth-certificate"
    case identityDocumentMissing = "identity-document-missing"
    case secondParentMissing = "second-parent-missing"
    case invalidSNILS = "invalid-snils"
    case invalidINN = "invalid-inn"
    case invalidPhone = "invalid-phone"
    case invalidEmail = "invalid-email"
    case invalidPostalCode = "invalid-postal-code"
    case invalidPeriod = "invalid-period"
    case stayTooLong = "stay-too-long"
    case missingDocument = "missing-document"
    case documentRejected = "document-rejected"
    case consentMissing = "consent-missing"
    case consentSignatureInvalid = "consent-signature-invalid"
    case consentSignerMismatch = "consent-signer-mismatch"
    case consentDataMismatch = "consent-data-mismatch"
    case consentTooEarly = "consent-too-early"
    case consentValidityTooLong = "consent-validity-too-long"
    case consentExpired = "consent-expired"
    case consentEndsBeforeIssued = "consent-ends-before-issued"
    case consentUnreadable = "consent-unreadable"
    case proxyMissing = "proxy-missing"
    case proxyUnreadable = "proxy-unreadable"
    case proxySignatureInvalid = "proxy-signature-invalid"
    case proxySignerMismatch = "proxy-signer-mismatch"
    case proxyDataMismatch = "proxy-data-mismatch"
    case proxyPowersInsufficient = "proxy-powers-insufficient"
    case proxyNotYetValid = "proxy-not-yet-valid"
    case proxyExpired = "proxy-expired"
    case proxyEndsBeforeIssued = "proxy-ends-before-issued"
    case historyTampered = "history-tampered"
    case illegalTransition = "illegal-transition"

    // Certificates of registration
    case noSignature = "no-signature"
    case byteRange = "byte-range"
    case qrMismatch = "qr-mismatch"
    case expired
    case notYetValid = "not-yet-valid"

    /// The severity a problem with this code has unless its check says otherwise.
    public var defaultSeverity: Severity {
        ProblemCatalog.entry(for: self).severity
    }
}

/// The one table of problem codes: each code's severity and its message in every language.
///
/// Messages name their values as `{name}`; a problem's `arguments` fill them in.
public enum ProblemCatalog {
    struct Entry {
        let severity: Severity
        let en: String
        let ru: String
    }

    static func entry(for code: ProblemCode) -> Entry {
        switch code {
        case .unreadable:
            return Entry(
                severity: .error,
                en: "The file cannot be read: {reason}.",
                ru: "Файл не удаётся прочитать: {reason}.")
        case .emptyFile:
            return Entry(
                severity: .error,
                en: "The file is empty.",
                ru: "Файл пуст.")
        case .tooLarge:
            return Entry(
                severity: .error,
                en: "The file is {bytes} bytes, over the limit of {limit} bytes.",
                ru: "Размер файла {bytes} Б превышает допустимые {limit} Б.")
        case .unsupportedFormat:
            return Entry(
                severity: .error,
                en: "The file is {kind}; only PDF, JPEG and PNG files are accepted.",
                ru: "Файл — {kind}; принимаются только файлы PDF, JPEG и PNG.")
        case .corrupt:
            return Entry(
                severity: .error,
                en: "The file is damaged or incomplete ({reason}).",
                ru: "Файл повреждён или неполон ({reason}).")
        case .tooManyPixels:
            return Entry(
                severity: .error,
                en: "The image is {width}×{height} px, {pixels} pixels; at most {limit} are accepted.",
                ru: "Изображение {width}×{height} пикс., всего {pixels} пикс.; допускается не более {limit}.")
        case .lowResolution:
            return Entry(
                severity: .error,
                en: "{dpi} dpi is below the required {required} dpi.",
                ru: "Разрешение {dpi} dpi ниже требуемых {required} dpi.")
        case .missingResolution:
            return Entry(
                severity: .error,
                en: "The file does not state its resolution, so it cannot be shown to reach {required} dpi; "
                    + "scan it again with the resolution recorded.",
                ru: "В файле не указано разрешение, поэтому нельзя убедиться, что оно не ниже {required} dpi; "
                    + "отсканируйте документ заново с записью разрешения.")
        case .extensionMismatch:
            return Entry(
                severity: .warning,
                en: "The name ends in .{extension}, but the content is {format}.",
                ru: "Имя файла оканчивается на .{extension}, но по содержимому это {format}.")
        case .conflictingResolution:
            return Entry(
                severity: .warning,
                en: "The JFIF header says {jfif} dpi and the EXIF data says {exif} dpi; the lower, {dpi} dpi, counts.",
                ru: "В заголовке JFIF указано {jfif} dpi, а в EXIF — {exif} dpi; учитывается меньшее, {dpi} dpi.")
        case .trailingData:
            return Entry(
                severity: .warning,
                en: "{bytes} bytes follow the end of the {format} image; something may be hidden after it.",
                ru: "После конца изображения {format} идут ещё {bytes} Б; за ним может быть скрыто другое содержимое.")
        case .encryptedPDF:
            return Entry(
                severity: .error,
                en: "The PDF is encrypted; upload it without a password or encryption.",
                ru: "PDF зашифрован; загрузите его без пароля и шифрования.")
        case .repairedPDF:
            return Entry(
                severity: .warning,
                en: "The PDF is damaged and had to be repaired to be read ({reason}).",
                ru: "PDF повреждён, и для чтения его пришлось восстанавливать ({reason}).")
        case .activeContent:
            return Entry(
                severity: .warning,
                en: "The PDF carries JavaScript, a launch action or an embedded file.",
                ru: "PDF содержит JavaScript, действие запуска или вложенный файл.")
        case .contentTooLarge:
            return Entry(
                severity: .error,
                en: "The PDF's streams unpack to more than {limit} bytes, more than a scan could need; it was not read further.",
                ru: "Потоки PDF распаковываются в более чем {limit} Б — больше, чем может понадобиться скану; дальше он не читался.")
        case .limitReached:
            return Entry(
                severity: .error,
                en: "The file could not be read to the end: it reaches the limit of {limit} ({count}); a scan that cannot be read whole cannot be called compliant.",
                ru: "Файл не удалось прочитать до конца: достигнут предел — {limit} ({count}); скан, который не прочитан целиком, нельзя признать соответствующим.")
        case .polyglot:
            return Entry(
                severity: .warning,
                en: "The file also carries the signature of a {format} file where a reader would find it; it may be two files in one.",
                ru: "В файле есть и сигнатура файла {format} там, где её найдёт программа чтения; возможно, это два файла в одном.")
        case .tooManyObjects:
            return Entry(
                severity: .error,
                en: "The PDF holds {objects} objects, more than the {limit} a scan could need; it was not read further.",
                ru: "PDF содержит {objects} объектов — больше {limit}, чем может понадобиться скану; дальше он не читался.")
        case .invalidName:
            return Entry(
                severity: .error,
                en: "The name must be written in Cyrillic or Latin letters, as in the passport: {value}.",
                ru: "Имя должно быть написано кириллицей или латиницей, как в паспорте: {value}.")
        case .invalidPassport:
            return Entry(
                severity: .error,
                en: "The passport's series must be 4 digits and its number 6 digits: {value}.",
                ru: "Серия паспорта — 4 цифры, номер — 6 цифр: {value}.")
        case .invalidBirthCertificate:
            return Entry(
                severity: .error,
                en: "The birth certificate's series and number must be written as printed, e.g. IV-МЮ 123456: {value}.",
                ru: "Серия и номер свидетельства о рождении пишутся как в документе, например IV-МЮ 123456: {value}.")
        case .identityDocumentMissing:
            return Entry(
                severity: .error,
                en: "The applicant is {age} on the day of submission and is identified by the {document}, which the application does not give.",
                ru: "На день подачи заявителю полных лет: {age}; его документ — {document}, а в заявлении он не указан.")
        case .secondParentMissing:
            return Entry(
                severity: .error,
                en: "The applicant is a minor ({age} on the day of submission): the application names the second parent, who consents too.",
                ru: "Заявитель несовершеннолетний (полных лет на день подачи: {age}): в заявлении указывается второй родитель, который тоже даёт согласие.")
        case .invalidSNILS:
            return Entry(
                severity: .error,
                en: "The SNILS must be 11 digits whose last two are its check number: {value}.",
                ru: "СНИЛС — 11 цифр, две последние из которых — контрольное число: {value}.")
        case .invalidINN:
            return Entry(
                severity: .error,
                en: "A person's INN must be 12 digits with both check digits right: {value}.",
                ru: "ИНН физического лица — 12 цифр с верными контрольными цифрами: {value}.")
        case .invalidPhone:
            return Entry(
                severity: .error,
                en: "The phone must be a Russian number, +7 XXX XXX-XX-XX: {value}.",
                ru: "Телефон должен быть российским номером вида +7 XXX XXX-XX-XX: {value}.")
        case .invalidEmail:
            return Entry(
                severity: .error,
                en: "The e-mail address is not valid: {value}.",
                ru: "Неверный адрес электронной почты: {value}.")
        case .invalidPostalCode:
            return Entry(
                severity: .error,
                en: "The postal code must be 6 digits: {value}.",
                ru: "Почтовый индекс — 6 цифр: {value}.")
        case .invalidPeriod:
            return Entry(
                severity: .error,
                en: "The stay must start before it ends: {from} to {until}.",
                ru: "Пребывание должно начинаться раньше, чем заканчивается: с {from} по {until}.")
        case .stayTooLong:
            return Entry(
                severity: .error,
                en: "The stay is {days} days; at most 90 are allowed, then extend it or register permanently.",
                ru: "Срок пребывания — {days} дн.; допускается не более 90, затем продлите регистрацию или оформите постоянную.")
        case .missingDocument:
            return Entry(
                severity: .error,
                en: "A scan of the {kind} is missing.",
                ru: "Не загружен скан документа: {kind}.")
        case .documentRejected:
            return Entry(
                severity: .error,
                en: "The scan of the {kind} ({path}) cannot be accepted.",
                ru: "Скан документа «{kind}» ({path}) не может быть принят.")
        case .proxyMissing:
            return Entry(
                severity: .error,
                en: "The application is submitted by the representative {person}, but there is no signed power of attorney.",
                ru: "Заявление подаёт представитель ({person}), но подписанной доверенности нет.")
        case .proxyUnreadable:
            return Entry(
                severity: .error,
                en: "The power of attorney {path} cannot be read: {reason}.",
                ru: "Доверенность {path} не удаётся прочитать: {reason}.")
        case .proxySignatureInvalid:
            return Entry(
                severity: .error,
                en: "The signature on the power of attorney is not valid.",
                ru: "Подпись под доверенностью недействительна.")
        case .proxySignerMismatch:
            return Entry(
                severity: .error,
                en: "The power of attorney is signed by someone other than the applicant {person}.",
                ru: "Доверенность подписана не заявителем ({person}), а другим лицом.")
        case .proxyDataMismatch:
            return Entry(
                severity: .error,
                en: "The power of attorney does not fit the application: its {what}.",
                ru: "Доверенность не соответствует заявлению: {what}.")
        case .proxyPowersInsufficient:
            return Entry(
                severity: .error,
                en: "The power of attorney does not allow applying for registration at the place of stay.",
                ru: "Доверенность не даёт права подавать заявление о регистрации по месту пребывания.")
        case .proxyNotYetValid:
            return Entry(
                severity: .error,
                en: "The power of attorney is in force only from {date}, after the application was submitted.",
                ru: "Доверенность действует только с {date}, позже подачи заявления.")
        case .proxyExpired:
            return Entry(
                severity: .error,
                en: "The power of attorney expired on {date}, before the application was submitted.",
                ru: "Срок действия доверенности истёк {date}, до подачи заявления.")
        case .proxyEndsBeforeIssued:
            return Entry(
                severity: .error,
                en: "The power of attorney ends on {until}, before it was issued on {issued}.",
                ru: "Доверенность заканчивается {until}, раньше даты выдачи {issued}.")
        case .consentMissing:
            return Entry(
                severity: .error,
                en: "There is no signed consent from {person}.",
                ru: "Нет подписанного согласия от: {person}.")
        case .consentSignatureInvalid:
            return Entry(
                severity: .error,
                en: "The signature on the consent of {person} is not valid.",
                ru: "Подпись под согласием ({person}) недействительна.")
        case .consentSignerMismatch:
            return Entry(
                severity: .error,
                en: "The consent of {person} is signed by someone other than that person.",
                ru: "Согласие ({person}) подписано не этим лицом, а другим.")
        case .consentDataMismatch:
            return Entry(
                severity: .error,
                en: "The consent of {person} differs from the application in its {what}.",
                ru: "Согласие ({person}) расходится с заявлением: {what}.")
        case .consentTooEarly:
            return Entry(
                severity: .error,
                en: "The consent of {person} was issued on {issued}, more than 30 days before the stay starts on {from}.",
                ru: "Согласие ({person}) выдано {issued}, более чем за 30 дней до начала пребывания {from}.")
        case .consentValidityTooLong:
            return Entry(
                severity: .error,
                en: "The consent of {person} is valid for {days} days; at most 90 are allowed.",
                ru: "Согласие ({person}) действует {days} дн.; допускается не более 90.")
        case .consentExpired:
            return Entry(
                severity: .error,
                en: "The consent of {person} expired on {date}.",
                ru: "Срок действия согласия ({person}) истёк {date}.")
        case .consentEndsBeforeIssued:
            return Entry(
                severity: .error,
                en: "The consent of {person} ends on {until}, before the day it was issued, {issued}.",
                ru: "Согласие ({person}) действует до {until}, то есть заканчивается раньше даты выдачи {issued}.")
        case .consentUnreadable:
            return Entry(
                severity: .error,
                en: "The consent {path} cannot be read: {reason}.",
                ru: "Согласие {path} не удаётся прочитать: {reason}.")
        case .illegalTransition:
            return Entry(
                severity: .error,
                en: "Step {step} ({action}, {date}) cannot be taken: the application's status is \u{201C}{status}\u{201D}{reason}.",
                ru: "Шаг {step} ({action}, {date}) невозможен: состояние заявления \u{AB}{status}\u{BB}{reason}.")
        case .historyTampered:
            return Entry(
                severity: .error,
                en: "The history has been tampered with: {reason}.",
                ru: "История изменена: {reason}.")
        case .noSignature:
            return Entry(
                severity: .error,
                en: "The certificate carries no issuer's signature.",
                ru: "Свидетельство не подписано издателем.")
        case .byteRange:
            return Entry(
                severity: .error,
                en: "The signature does not cover the whole file ({reason}).",
                ru: "Подпись покрывает не весь файл ({reason}).")
        case .qrMismatch:
            return Entry(
                severity: .error,
                en: "The QR code does not match the certificate ({reason}).",
                ru: "QR-код не соответствует свидетельству ({reason}).")
        case .expired:
            return Entry(
                severity: .error,
                en: "The registration ended on {date}.",
                ru: "Срок регистрации истёк {date}.")
        case .notYetValid:
            return Entry(
                severity: .error,
                en: "The registration starts on {date}.",
                ru: "Регистрация начинается {date}.")
        case .contentMismatch:
            return Entry(
                severity: .error,
                en: "The file's {algorithm} digest differs from the one the signature covers: the file was changed after signing.",
                ru: "Дайджест {algorithm} файла отличается от подписанного: файл изменён после подписания.")
        case .badSignature:
            return Entry(
                severity: .error,
                en: "The signature does not verify with the signer's public key ({reason}).",
                ru: "Подпись не проходит проверку открытым ключом подписанта ({reason}).")
        case .untrustedSigner:
            return Entry(
                severity: .error,
                en: "The signer's certificate does not lead to a trusted certificate ({reason}).",
                ru: "Сертификат подписанта не ведёт к доверенному сертификату ({reason}).")
        case .signerExpired:
            return Entry(
                severity: .error,
                en: "The signer's certificate was not valid at {time} ({reason}).",
                ru: "Сертификат подписанта не действовал в момент {time} ({reason}).")
        case .revoked:
            return Entry(
                severity: .error,
                en: "The signer's certificate has been revoked.",
                ru: "Сертификат подписанта отозван.")
        case .malformedSignature:
            return Entry(
                severity: .error,
                en: "The signature is not a readable CMS signature ({reason}).",
                ru: "Подпись не является читаемой подписью CMS ({reason}).")
        case .unsupportedAlgorithm:
            return Entry(
                severity: .error,
                en: "The algorithm {algorithm} is not supported: {reason}.",
                ru: "Алгоритм {algorithm} не поддерживается: {reason}.")
        case .signingTimeInFuture:
            return Entry(
                severity: .error,
                en: "The signature says it was made at {time}, which is in the future.",
                ru: "В подписи указано время подписания {time}, которое ещё не наступило.")
        case .signerNotYetValid:
            return Entry(
                severity: .error,
                en: "The signer's certificate was not yet valid at {time} ({reason}).",
                ru: "Сертификат подписанта ещё не действовал в момент {time} ({reason}).")
        case .multipleSigners:
            return Entry(
                severity: .error,
                en: "The signature holds {count} signers; a consent has exactly one.",
                ru: "В подписи {count} подписантов; у согласия подписант ровно один.")
        case .ambiguousSigner:
            return Entry(
                severity: .error,
                en: "The signer's certificate names more than one SNILS, so it is not known whose it is.",
                ru: "В сертификате подписанта указано больше одного СНИЛС: неясно, чей он.")
        }
    }

    /// Why a system call failed, in the phrase catalog's words, for the `errno` it set; the C
    /// library's own words go in a problem's `detail`.
    public static func systemReason(errno code: Int32, writing: Bool = false) -> ProblemArgument {
        let phrase: Phrase = switch code {
        case 2: writing ? .noSuchFolder : .noSuchFile
        case 1, 13: writing ? .noPermissionToWrite : .noPermissionToRead
        case 30: .readOnlyFileSystem
        case 28: .noSpaceLeft
        case 122: .diskQuotaExceeded
        case 21: .itIsAFolder
        case 20: .pathPartNotAFolder
        case 40: .pathLoops
        case 36: .nameTooLong
        case 5: .diskIOError
        case 12: .notEnoughMemory
        case 23, 24: .tooManyOpenFiles
        default: writing ? .systemRefusesToWrite : .systemRefusesToRead
        }
        return .phrase(phrase)
    }

    /// The message for `code` in `language`, with each `{name}` replaced by its argument.
    public static func message(
        for code: ProblemCode, arguments: ProblemArguments, language: Language
    ) -> String {
        let message = OutputBuffer(capacity: 128)
        write(messageFor: code, arguments: arguments, language: language, to: message)
        return message.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends the message's UTF-8 to `output`.
    public static func write(
        messageFor code: ProblemCode, arguments: ProblemArguments, language: Language, to output: OutputBuffer
    ) {
        let entry = entry(for: code)
        let template = switch language {
        case .en: entry.en
        case .ru: entry.ru
        }
        Template.write(template, arguments: arguments, language: language, to: output)
    }
}

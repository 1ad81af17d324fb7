/// A phrase a message, a reason or a line of output uses: its words in each language are kept
/// here, beside the problem catalog, and nowhere else.
///
/// Each part of Attest keeps its phrases in a section of its own.
public enum Phrase: String, Sendable, Hashable, Codable, CaseIterable {
    // Signatures
    case signatureUndecodable
    case signatureWithoutSignedData
    case signatureWithoutSigner
    case signatureDigestsAccepted
    case gostEngineMissing
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
    case pdfSupportCannotBeLoaded
    case structureCannotBeRead
    case pdfHasNoPages
    case noPageCanBeRead
    case crossReferencesDamaged
    case limitPagesRead
    case limitImagesRecorded
    case limitNestedForms
    case limitContentOperations
    case limitImageDecodingMemory
    case imageDataCannotBeDecoded
    case readingFailed
    case notARegularFile
    case formatUnknown
    case formatZIP
    case formatPDF
    case formatImage

    // Certificates of registration
    case pdfCMSSignature
    case signatureCannotBeChecked
    case qrNumberNotTheCertificates
    case storedQRPayloadDoesNotVerify
    case noStoredQRPayload
    case byteRangeNotFourIntegers
    case byteRangeNotFromFirstByte
    case byteRangeNotToTheEnd
    case byteRangeGapNotSignature
    case notAnAttestPayload
    case payloadCutShort
    case payloadFieldsUnreadable
    case noCertificateHoldsTheKey
    case payloadChangedAfterSigning
    case certificateDataDocument
    case certificateDataNotAnObject
    case certificateFieldNotAString
    case certificateFieldEmpty
    case certificateFieldControlCharacter
    case certificateFieldNotADate
    case certificateFieldNotAnObject
    case certificateNumberForm
    case certificateEndsBeforeStart
    case certificateDataTooLarge
    case fontUnreadable
    case notAFont
    case fontOutOfMemory
    case fontCannotBeSubset
    case fontSubsetEmpty
    case qrPayloadTooLarge
    case signaturePlaceholderMissing
    case signatureOutgrewItsPlace
    case issuerKeyUnsupported

    // The workflow
    case notAConsentInStrictJSON
    case notAProxyInStrictJSON
    case fileCannotBeRead
    case consentsOwner
    case proxyPrincipal
    case proxyRepresentative
    case consentsApplicant
    case consentsAddress
    case consentsPeriod
    case passportMainPage
    case proofOfRightToLive
    case migrationCard
    case birthCertificate
    case powerOfAttorney
    case statusSubmitted
    case statusNeedsClarification
    case statusApproved
    case statusCertificateIssued
    case statusExtended
    case statusAnnulled
    case statusExpired
    case statusRejected
    case actionSubmit
    case actionClarify
    case actionApprove
    case actionReject
    case actionResubmit
    case actionIssue
    case actionExtend
    case actionAnnul
    case actionExpire
    case registrationRunsUntil
    case storySubmitted
    case storyNeedsClarification
    case storyApproved
    case storyCertificateIssued
    case storyExtended
    case storyAnnulled
    case storyExpired
    case storyRejected
    case caseApplicationIDInvalid
    case caseStepActionInvalid
    case caseStepUntilMissing
    case historyFileEmpty
    case historyNoFinalLineFeed
    case historyLineNotAnObject
    case historyLineNotStrictJSON
    case historyEventsAfterSeal
    case historyNotSealed
    case eventUnknownMember
    case eventLacksMember
    case eventNotInFormat
    case eventNoValidApplication
    case eventOfAnotherApplication
    case eventMisnumbered
    case eventNoValidTime
    case eventNoValidActor
    case eventNoValidAction
    case eventFromNotAStatus
    case eventToNotAStatus
    case eventNotAllowedMove
    case eventDetailsNotAnObject
    case eventDetailsNotText
    case eventProblemsNotCodes
    case eventDoesNotFollow
    case eventNoHash
    case eventNotCanonical
    case eventChanged
    case sealLineHoldsMore
    case sealUnknownMember
    case sealIncomplete
    case sealOfAnotherApplication
    case sealOverAnotherHistory
    case sealNotCanonical
    case sealNotTrusted
    case workflowIllegalMove
    case workflowNotYetSubmitted
    case workflowApplicationExists
    case workflowNoSuchApplication
    case workflowApplicationIDInvalid
    case workflowConsentRefused
    case workflowProxyRefused
    case workflowExtensionNotLater

    // The service
    case httpNotFound
    case httpMethodNotAllowed
    case httpUnauthorized
    case httpForbidden
    case httpUnsupportedMediaType
    case httpTooLarge
    case httpPartTooLarge
    case httpMalformed
    case httpPartMissing
    case httpPartUnnamed
    case httpPartTwice
    case httpPartUnexpected
    case httpNotMultipart
    case httpQueryInvalid
    case httpQueryExpected
    case httpQueryTooLong
    case httpIdempotencyKeyReused
    case httpIdempotencyKeyInFlight
    case httpIdempotencyKeyInvalid
    case httpIssuerUnavailable
    case httpStoreUnavailable
    case httpNoCertificate
    case httpInternal
    case httpNoSuchCertificate
    case httpTitleBadRequest
    case httpTitleUnauthorized
    case httpTitleForbidden
    case httpTitleNotFound
    case httpTitleMethodNotAllowed
    case httpTitleConflict
    case httpTitleTooLarge
    case httpTitleUnsupportedMediaType
    case httpTitleUnprocessable
    case httpTitleTooManyRequests
    case httpTitleInternal
    case httpTitleUnavailable
    case tokenRevoked
    case tokenUnknown
    case tokenNameTaken
    case serveCannotListen
    case storeCannotOpen
    case migrateApplied

    // Files, inputs and the command line
    case cannotReadInput
    case inputTooLarge
    case inputOfSizeTooLarge
    case outputExists
    case cannotCreateOutput
    case cannotWriteOutput
    case outputIsAnInput
    case outputsAreOneFile
    case folderHoldsFiles
    case cannotCreateFolder
    case cannotWriteStandardOutput
    case noSuchFolder
    case noSuchFile
    case noPermissionToWrite
    case noPermissionToRead
    case readOnlyFileSystem
    case noSpaceLeft
    case diskQuotaExceeded
    case itIsAFolder
    case pathPartNotAFolder
    case pathLoops
    case nameTooLong
    case diskIOError
    case notEnoughMemory
    case tooManyOpenFiles
    case systemRefusesToWrite
    case systemRefusesToRead
    case jsonTheDocument
    case jsonStartsWithBOM
    case jsonNotUTF8
    case jsonTextAfterEnd
    case jsonEmpty
    case jsonEndsBeforeValue
    case jsonNotAValue
    case jsonNestsTooDeep
    case jsonMemberWithoutName
    case jsonMemberTwice
    case jsonNoColon
    case jsonNotClosed
    case jsonNoCommaOrBrace
    case jsonNoCommaOrBracket
    case jsonStringNotClosed
    case jsonControlCharacter
    case jsonUnpairedSurrogate
    case jsonUnknownEscape
    case jsonUnknownMember
    case jsonShortUnicodeEscape
    case jsonMalformedUnicodeEscape
    case jsonMalformedNumber
    case jsonLeadingZero
    case jsonIntegerOutOfRange
    case jsonNumberOutOfRange
    case jsonMissing
    case jsonMustBe
    case jsonMustBeNotNull
    case jsonKindString
    case jsonKindBool
    case jsonKindInteger
    case jsonKindNumber
    case jsonKindArray
    case jsonKindObject
    case jsonNotAccepted
    case jsonNotADate
    case jsonOutOfRange
    case jsonInvalidValue
    case jsonCannotBeRead
    case filesInspected
    case scanAccepted
    case scanRejected
    case pixels
    case warning
    case oneFileInspected
    case filesInspectedSummary
    case historyIntact
    case validQRCode
    case invalidQRCode
    case validCertificate
    case invalidCertificate
    case signedBy
    case demoCase
    case demoCertificateVerified
    case demoCertificateFailed
    case demoOutputIn
    case certificateRendered
    case consentWritten
    case proxyWritten
    case unexpectedError

    /// The phrase in `language`.
    public func text(in language: Language) -> String {
        let words = self.words
        return language == .ru ? words.ru : words.en
    }

    private var words: (en: String, ru: String) {
        switch self {
        // Signatures
        case .signatureUndecodable: ("it cannot be decoded", "её не удаётся декодировать")
        case .signatureWithoutSignedData: ("it holds no signed data", "в ней нет подписанных данных")
        case .signatureWithoutSigner: ("it names no signer", "в ней не указан подписант")
        case .signatureDigestsAccepted:
            ("only SHA-256, SHA-384, SHA-512 and Streebog digests are accepted",
             "принимаются только дайджесты SHA-256, SHA-384, SHA-512 и Стрибог")
        case .gostEngineMissing:
            ("GOST algorithms need OpenSSL's gost engine, which is not installed here (Debian: libengine-gost-openssl)",
             "для алгоритмов ГОСТ нужен модуль gost для OpenSSL, а он здесь не установлен (Debian: libengine-gost-openssl)")
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
        case .pdfSupportCannotBeLoaded: ("PDF support cannot be loaded", "поддержка PDF не загружается")
        case .structureCannotBeRead: ("its structure cannot be read", "его структура не читается")
        case .pdfHasNoPages: ("it has no pages", "в нём нет страниц")
        case .noPageCanBeRead: ("no page can be read", "ни одна страница не читается")
        case .crossReferencesDamaged: ("its cross-reference table or objects are damaged", "повреждены таблица ссылок или объекты")
        case .limitPagesRead: ("pages read", "прочитанных страниц")
        case .limitImagesRecorded: ("images recorded", "учтённых изображений")
        case .limitNestedForms: ("nested forms, patterns and glyphs", "вложенных форм, узоров и глифов")
        case .limitContentOperations: ("content operations", "операций содержимого")
        case .limitImageDecodingMemory: ("memory for decoding one image, in bytes", "памяти на декодирование одного изображения, байт")
        case .imageDataCannotBeDecoded: ("the image data cannot be decoded to the end", "данные изображения не декодируются до конца")
        case .readingFailed: ("reading it failed", "чтение не удалось")
        case .notARegularFile: ("it is not a regular file", "это не обычный файл")
        case .formatUnknown: ("of an unknown format", "файл неизвестного формата")
        case .formatZIP: ("a ZIP archive (an office document, perhaps)", "архив ZIP (возможно, офисный документ)")
        case .formatPDF: ("a PDF document", "документ PDF")
        case .formatImage: ("a {format} image", "изображение {format}")

        // Certificates of registration
        case .pdfCMSSignature: ("the PDF's CMS signature", "CMS-подпись PDF")
        case .signatureCannotBeChecked: ("the signature cannot be checked", "подпись не удаётся проверить")
        case .qrNumberNotTheCertificates: ("its number is not the certificate's", "номер в нём не совпадает с номером свидетельства")
        case .storedQRPayloadDoesNotVerify: ("the stored QR payload does not verify", "сохранённые данные QR-кода не проходят проверку")
        case .noStoredQRPayload: ("the file stores no QR payload", "в файле нет данных QR-кода")
        case .byteRangeNotFourIntegers: ("/ByteRange is not four integers", "/ByteRange — не четыре целых числа")
        case .byteRangeNotFromFirstByte: ("it does not start at the first byte", "она начинается не с первого байта")
        case .byteRangeNotToTheEnd: ("it does not reach the end of the file", "она не доходит до конца файла")
        case .byteRangeGapNotSignature: ("the gap it leaves is not just the signature's hex string", "пропуск в ней — не только шестнадцатеричная строка подписи")
        case .notAnAttestPayload: ("it is not an Attest certificate payload", "это не данные свидетельства Attest")
        case .payloadCutShort: ("it is cut short", "данные обрезаны")
        case .payloadFieldsUnreadable: ("its fields cannot be read", "его поля не читаются")
        case .noCertificateHoldsTheKey: ("no given certificate holds the key that signed it", "ни один из указанных сертификатов не содержит ключа подписи")
        case .payloadChangedAfterSigning: ("the payload was changed after signing", "данные изменены после подписания")
        case .certificateDataDocument: ("(document)", "(документ)")
        case .certificateDataNotAnObject: ("not a JSON object", "не объект JSON")
        case .certificateFieldNotAString: ("not a string", "не строка")
        case .certificateFieldEmpty: ("empty", "пусто")
        case .certificateFieldControlCharacter: ("holds a control character", "содержит управляющий символ")
        case .certificateFieldNotADate: ("not a date in the form YYYY-MM-DD", "не дата в виде ГГГГ-ММ-ДД")
        case .certificateFieldNotAnObject: ("not an object", "не объект")
        case .certificateNumberForm: ("not of the form RR-YYYY-NNNNNN", "не в виде RR-ГГГГ-NNNNNN")
        case .certificateEndsBeforeStart: ("before validFrom", "раньше validFrom")
        case .certificateDataTooLarge: ("more than the {limit} bytes a certificate may be", "больше {limit} байт, допустимых для одного свидетельства")
        case .fontUnreadable: ("cannot read the font {path}", "не удаётся прочитать шрифт {path}")
        case .notAFont: ("{path} is not a TrueType or OpenType font", "{path} — не шрифт TrueType или OpenType")
        case .fontOutOfMemory: ("out of memory", "недостаточно памяти для шрифта")
        case .fontCannotBeSubset: ("the font cannot be subset", "из шрифта не удаётся выделить нужные глифы")
        case .fontSubsetEmpty: ("the subset is empty", "выделенная часть шрифта пуста")
        case .qrPayloadTooLarge: ("the QR payload does not fit a QR code", "данные не помещаются в QR-код")
        case .signaturePlaceholderMissing: ("the signature placeholder is missing", "в PDF нет места, отведённого для подписи")
        case .signatureOutgrewItsPlace: ("the signature ({bytes} bytes) outgrew its place", "подпись ({bytes} байт) не помещается в отведённое ей место")
        case .issuerKeyUnsupported:
            ("a certificate issuer needs an ecdsa-p256 key: the PDF signature needs CMS, which OpenSSL 3.0 cannot do with Ed25519, and an RSA signature is too large for the QR code",
             "издателю свидетельств нужен ключ ecdsa-p256: подписи PDF нужен CMS, которого OpenSSL 3.0 не умеет с Ed25519, а подпись RSA слишком велика для QR-кода")

        // The workflow
        case .notAConsentInStrictJSON: ("it is not a consent in strict JSON", "это не согласие в строгом JSON")
        case .notAProxyInStrictJSON: ("it is not a power of attorney in strict JSON", "это не доверенность в строгом JSON")
        case .fileCannotBeRead: ("the file cannot be read", "файл не удаётся прочитать")
        case .consentsOwner: ("owner", "владелец")
        case .proxyPrincipal: ("principal, who must be the applicant", "доверитель, которым должен быть заявитель")
        case .proxyRepresentative: ("representative, who must be the one who submits", "представитель, которым должен быть тот, кто подаёт заявление")
        case .consentsApplicant: ("applicant", "заявитель")
        case .consentsAddress: ("address", "адрес")
        case .consentsPeriod: ("period", "срок")
        case .passportMainPage: ("passport's main page", "основная страница паспорта")
        case .proofOfRightToLive: ("proof of the right to live there", "документ о праве пользования жильём")
        case .migrationCard: ("migration card", "миграционная карта")
        case .birthCertificate: ("birth certificate", "свидетельство о рождении")
        case .powerOfAttorney: ("power of attorney", "доверенность")
        case .statusSubmitted: ("submitted", "подано")
        case .statusNeedsClarification: ("awaiting clarification", "ожидает уточнений")
        case .statusApproved: ("approved", "одобрено")
        case .statusCertificateIssued: ("certificate issued", "свидетельство выдано")
        case .statusExtended: ("extended", "продлено")
        case .statusAnnulled: ("annulled", "аннулировано")
        case .statusExpired: ("expired", "срок истёк")
        case .statusRejected: ("rejected", "отказано")
        case .actionSubmit: ("submission", "подача")
        case .actionClarify: ("a request for clarification", "запрос уточнений")
        case .actionApprove: ("approval", "одобрение")
        case .actionReject: ("refusal", "отказ")
        case .actionResubmit: ("resubmission", "повторная подача")
        case .actionIssue: ("issuing the certificate", "выдача свидетельства")
        case .actionExtend: ("extension", "продление")
        case .actionAnnul: ("annulment", "аннулирование")
        case .actionExpire: ("expiry", "истечение срока")
        case .registrationRunsUntil: (", and the registration runs until {date}", ", регистрация действует до {date}")
        case .storySubmitted: ("submitted", "подано")
        case .storyNeedsClarification: ("needs clarification", "требуются уточнения")
        case .storyApproved: ("approved", "одобрено")
        case .storyCertificateIssued: ("certificate № {number} issued", "выдано свидетельство № {number}")
        case .storyExtended: ("registration extended to {date}", "регистрация продлена до {date}")
        case .storyAnnulled: ("registration annulled at the owner's request", "регистрация аннулирована по заявлению собственника")
        case .storyExpired: ("registration expired", "срок регистрации истёк")
        case .storyRejected: ("rejected: a new application is needed", "отказано: нужна новая заявка")
        case .caseApplicationIDInvalid: ("is not 1 to 64 letters, digits, dots, underscores and hyphens", "не от 1 до 64 букв, цифр, точек, подчёркиваний и дефисов")
        case .caseStepActionInvalid: ("is not resubmit, extend, annul or expire, which a step is", "не resubmit, extend, annul или expire, которыми бывает шаг")
        case .caseStepUntilMissing: ("missing (an extend step needs it)", "отсутствует (шагу extend он нужен)")
        case .historyFileEmpty: ("the file is empty", "файл пуст")
        case .historyNoFinalLineFeed: ("the last line does not end with a line feed", "последняя строка не заканчивается переводом строки")
        case .historyLineNotAnObject: ("line {line} is not a JSON object", "строка {line} — не объект JSON")
        case .historyLineNotStrictJSON: ("line {line} is not JSON that every reader reads alike", "строка {line} — не JSON, который все читают одинаково")
        case .historyEventsAfterSeal: ("events follow the seal on line {line}", "после печати в строке {line} идут события")
        case .historyNotSealed: ("the history is not sealed", "история не запечатана")
        case .eventUnknownMember: ("event {event} has a member \"{member}\" that no event has", "в событии {event} есть поле \"{member}\", которого у событий нет")
        case .eventLacksMember: ("event {event} lacks \"{member}\"", "в событии {event} нет поля \"{member}\"")
        case .eventNotInFormat: ("event {event} is not in the format {format}", "Событие {event} записано не в формате {format}")
        case .eventNoValidApplication: ("event {event} names no valid application", "в событии {event} не указано допустимое заявление")
        case .eventOfAnotherApplication: ("event {event} is of another application", "Событие {event} относится к другому заявлению")
        case .eventMisnumbered: ("event {event} is not numbered {event}", "Событие {event} имеет не номер {event}")
        case .eventNoValidTime: ("event {event} has no valid time", "в событии {event} нет допустимого времени")
        case .eventNoValidActor: ("event {event} has no valid actor", "в событии {event} нет допустимого исполнителя")
        case .eventNoValidAction: ("event {event} has no valid action", "в событии {event} нет допустимого действия")
        case .eventFromNotAStatus: ("event {event}'s from is not a status", "поле from в событии {event} — не состояние")
        case .eventToNotAStatus: ("event {event}'s to is not a status", "поле to в событии {event} — не состояние")
        case .eventNotAllowedMove: ("event {event} is not a move the workflow allows from where the one before ended", "Событие {event} — не переход, допустимый из состояния, которым закончилось предыдущее")
        case .eventDetailsNotAnObject: ("event {event}'s details are not an object", "поле details в событии {event} — не объект")
        case .eventDetailsNotText: ("event {event}'s details are not all text", "поле details в событии {event} содержит не только текст")
        case .eventProblemsNotCodes: ("event {event}'s problems are not a list of problem codes", "поле problems в событии {event} — не список кодов проблем")
        case .eventDoesNotFollow: ("event {event} does not follow the one before", "Событие {event} не следует за предыдущим")
        case .eventNoHash: ("event {event} has no hash", "у события {event} нет хеша")
        case .eventNotCanonical: ("event {event} is not written in its one canonical form (spacing, order of members, spelling of a number or a time)", "Событие {event} записано не в своей единственной канонической форме (пробелы, порядок полей, запись числа или времени)")
        case .eventChanged: ("event {event} was changed", "Событие {event} изменено")
        case .sealLineHoldsMore: ("the seal line holds more than the seal", "в строке печати есть что-то кроме печати")
        case .sealUnknownMember: ("the seal has a member \"{member}\" that no seal has", "в печати есть поле \"{member}\", которого у печати нет")
        case .sealIncomplete: ("the seal is incomplete", "печать неполна")
        case .sealOfAnotherApplication: ("the seal is of another application", "печать относится к другому заявлению")
        case .sealOverAnotherHistory: ("the seal is over another history (cut off or extended)", "печать поставлена на другую историю (обрезанную или дополненную)")
        case .sealNotCanonical: ("the seal is not written in its one canonical form", "печать записана не в своей единственной канонической форме")
        case .sealNotTrusted: ("the seal is not signed by a trusted key", "печать подписана не доверенным ключом")
        case .workflowIllegalMove: ("{action} is not possible: the application's status is \u{201C}{status}\u{201D}{reason}", "нельзя выполнить действие \u{AB}{action}\u{BB}: состояние заявления \u{AB}{status}\u{BB}{reason}")
        case .workflowNotYetSubmitted: ("not yet submitted", "ещё не подано")
        case .workflowApplicationExists: ("an application {id} exists already", "заявление {id} уже есть")
        case .workflowNoSuchApplication: ("there is no application {id}", "заявления {id} нет")
        case .workflowApplicationIDInvalid: ("an application id is 1 to 64 letters, digits, dots, underscores and hyphens", "идентификатор заявления — от 1 до 64 букв, цифр, точек, подчёркиваний и дефисов")
        case .workflowConsentRefused: ("the consent is refused: {problems}", "согласие не принимается: {problems}")
        case .workflowProxyRefused: ("the power of attorney is refused: {problems}", "доверенность не принимается: {problems}")
        case .workflowExtensionNotLater: ("an extension to {until} is none: the registration runs until {current}", "продление до {until} невозможно: регистрация и так действует до {current}")

        // The service
        case .httpNotFound: ("there is nothing at this address", "по этому адресу ничего нет")
        case .httpMethodNotAllowed: ("{method} is not allowed here; allowed: {allowed}", "метод {method} здесь не поддерживается; можно: {allowed}")
        case .httpUnauthorized: ("a valid bearer token is required", "нужен действующий токен (Bearer)")
        case .httpForbidden: ("a token of the role {role} may not do this", "токену с ролью {role} это не разрешено")
        case .httpUnsupportedMediaType: ("the body must be {expected}", "тело запроса должно быть {expected}")
        case .httpTooLarge: ("the body is larger than {limit} bytes", "тело запроса больше {limit} Б")
        case .httpPartTooLarge: ("the part {part} is larger than {limit} bytes", "часть {part} больше {limit} Б")
        case .httpMalformed: ("the request is malformed: {reason}", "запрос составлен неверно: {reason}")
        case .httpPartMissing: ("the application names the part {part}, which was not sent", "в заявлении указана часть {part}, но она не передана")
        case .httpPartUnnamed: ("the part {part} was sent but the application does not name it", "передана часть {part}, но заявление её не упоминает")
        case .httpPartUnexpected: ("the part {part} is not one this request takes", "часть {part} в этом запросе не предусмотрена")
        case .httpPartTwice: ("the part {part} was sent twice", "часть {part} передана дважды")
        case .httpNotMultipart: ("the multipart body cannot be read: {reason}", "тело multipart не удаётся прочитать: {reason}")
        case .httpQueryExpected: ("expected {values}", "ожидается {values}")
        case .httpQueryTooLong: ("longer than {limit} bytes", "длиннее {limit} Б")
        case .httpQueryInvalid: ("the query parameter {name} is invalid: {reason}", "параметр запроса {name} неверен: {reason}")
        case .httpIdempotencyKeyReused: ("this Idempotency-Key was used with another request", "этот Idempotency-Key уже использован с другим запросом")
        case .httpIdempotencyKeyInFlight: ("the request with this Idempotency-Key is still being processed", "запрос с этим Idempotency-Key ещё выполняется")
        case .httpIdempotencyKeyInvalid: ("an Idempotency-Key is 1 to 255 visible ASCII characters", "Idempotency-Key — от 1 до 255 видимых символов ASCII")
        case .httpIssuerUnavailable: ("the service has no issuer key: it cannot issue or seal", "у сервиса нет ключа издателя: выдавать и заверять нельзя")
        case .httpStoreUnavailable: ("the store cannot be reached; try again later", "хранилище недоступно; повторите позже")
        case .httpNoCertificate: ("application {id} has no certificate", "по заявлению {id} свидетельство не выдано")
        case .httpInternal: ("the service failed; the request id {request} finds it in the log", "сбой сервиса; по номеру запроса {request} его можно найти в журнале")
        case .httpNoSuchCertificate: ("there is no certificate with this number", "свидетельства с таким номером нет")
        case .httpTitleBadRequest: ("Bad Request", "Неверный запрос")
        case .httpTitleUnauthorized: ("Unauthorized", "Нужна авторизация")
        case .httpTitleForbidden: ("Forbidden", "Доступ запрещён")
        case .httpTitleNotFound: ("Not Found", "Не найдено")
        case .httpTitleMethodNotAllowed: ("Method Not Allowed", "Метод не поддерживается")
        case .httpTitleConflict: ("Conflict", "Конфликт")
        case .httpTitleTooLarge: ("Content Too Large", "Слишком большой запрос")
        case .httpTitleUnsupportedMediaType: ("Unsupported Media Type", "Неподдерживаемый тип данных")
        case .httpTitleUnprocessable: ("Unprocessable Content", "Запрос не может быть выполнен")
        case .httpTitleTooManyRequests: ("Too Many Requests", "Слишком много запросов")
        case .httpTitleInternal: ("Internal Server Error", "Внутренняя ошибка сервера")
        case .httpTitleUnavailable: ("Service Unavailable", "Сервис недоступен")
        case .tokenRevoked: ("token {name} revoked", "токен {name} отозван")
        case .tokenUnknown: ("there is no token named {name}", "токена с именем {name} нет")
        case .tokenNameTaken: ("a token named {name} exists already", "токен с именем {name} уже есть")
        case .serveCannotListen: ("cannot listen on {address}: {reason}", "не удаётся принимать соединения на {address}: {reason}")
        case .storeCannotOpen: ("the store {store} cannot be opened: {reason}", "не удаётся открыть хранилище {store}: {reason}")
        case .migrateApplied: ("{store}: schema versions {versions}", "{store}: версии схемы {versions}")

        // Files, inputs and the command line
        case .cannotReadInput: ("cannot read {path}: {reason}", "не удаётся прочитать {path}: {reason}")
        case .inputTooLarge: ("{path} is more than the {limit} bytes an input of its kind may be", "{path}: больше {limit} байт, допустимых для входного файла такого рода")
        case .inputOfSizeTooLarge: ("{path} is {size} bytes, more than the {limit} bytes an input of its kind may be", "{path}: {size} байт, больше {limit} байт, допустимых для входного файла такого рода")
        case .outputExists: ("{path} exists; use --force to replace it", "{path} уже существует; чтобы заменить его, добавьте --force")
        case .cannotCreateOutput: ("cannot create {path}: {reason}", "не удаётся создать {path}: {reason}")
        case .cannotWriteOutput: ("cannot write {path}: {reason}", "не удаётся записать {path}: {reason}")
        case .outputIsAnInput: ("{path} is also the input {input}; write the output elsewhere", "{path} — это и входной файл {input}; запишите результат в другое место")
        case .outputsAreOneFile: ("{path} and {other} are one file; give each output its own", "{path} и {other} — один и тот же файл; каждому результату нужен свой")
        case .folderHoldsFiles: ("{folder} already holds files; use --force to run into it again", "в {folder} уже есть файлы; чтобы запустить демонстрацию в ней снова, добавьте --force")
        case .cannotCreateFolder: ("cannot create the folder {path}", "не удаётся создать папку {path}")
        case .cannotWriteStandardOutput: ("cannot write the output: {reason}", "не удаётся вывести результат: {reason}")
        case .noSuchFolder: ("there is no such folder", "такой папки нет")
        case .noSuchFile: ("there is no such file", "такого файла нет")
        case .noPermissionToWrite: ("no permission to write there", "нет прав на запись")
        case .noPermissionToRead: ("no permission to read it", "нет прав на чтение")
        case .readOnlyFileSystem: ("the file system is read-only", "файловая система только для чтения")
        case .noSpaceLeft: ("there is no space left on the disk", "на диске нет места")
        case .diskQuotaExceeded: ("the disk quota is exceeded", "превышена дисковая квота")
        case .itIsAFolder: ("it is a folder", "это папка")
        case .pathPartNotAFolder: ("a part of its path is not a folder", "часть пути — не папка")
        case .pathLoops: ("its path loops through symbolic links", "путь зациклен символическими ссылками")
        case .nameTooLong: ("its name is too long", "слишком длинное имя")
        case .diskIOError: ("the disk reports an input/output error", "диск сообщает об ошибке ввода-вывода")
        case .notEnoughMemory: ("there is not enough memory", "недостаточно памяти")
        case .tooManyOpenFiles: ("too many files are open", "открыто слишком много файлов")
        case .systemRefusesToWrite: ("the system refuses to write it", "система не даёт его записать")
        case .systemRefusesToRead: ("the system refuses to read it", "система не даёт его прочитать")
        case .jsonTheDocument: ("the document {reason}", "документ {reason}")
        case .jsonStartsWithBOM: ("starts with a byte order mark", "начинается с метки порядка байтов (BOM)")
        case .jsonNotUTF8: ("is not valid UTF-8", "не является правильным UTF-8")
        case .jsonTextAfterEnd: ("has text after its end", "содержит текст после своего конца")
        case .jsonEmpty: ("is empty", "пуст")
        case .jsonEndsBeforeValue: ("ends before its value", "заканчивается, не дойдя до значения")
        case .jsonNotAValue: ("is not a JSON value", "не является значением JSON")
        case .jsonNestsTooDeep: ("nests deeper than {levels} levels", "вложен глубже {levels} уровней")
        case .jsonMemberWithoutName: ("has a member without a quoted name", "содержит поле без имени в кавычках")
        case .jsonMemberTwice: ("gives the member \"{name}\" twice", "дважды задаёт поле \"{name}\"")
        case .jsonNoColon: ("lacks a colon after \"{name}\"", "не содержит двоеточия после \"{name}\"")
        case .jsonNotClosed: ("is not closed", "не закрыт")
        case .jsonNoCommaOrBrace: ("lacks a comma or a closing brace after \"{name}\"", "не содержит запятой или закрывающей скобки после \"{name}\"")
        case .jsonNoCommaOrBracket: ("lacks a comma or a closing bracket", "не содержит запятой или закрывающей квадратной скобки")
        case .jsonStringNotClosed: ("has a string that is not closed", "содержит незакрытую строку")
        case .jsonControlCharacter: ("has a control character in a string (it must be escaped)", "содержит управляющий символ в строке (его нужно экранировать)")
        case .jsonUnpairedSurrogate: ("has an unpaired surrogate escape in a string", "содержит в строке непарный суррогатный код")
        case .jsonUnknownEscape: ("has an unknown escape in a string", "содержит в строке неизвестную escape-последовательность")
        case .jsonUnknownMember: ("is not a field this document has", "не является полем этого документа")
        case .jsonShortUnicodeEscape: ("has a short \\u escape in a string", "содержит в строке короткую последовательность \\u")
        case .jsonMalformedUnicodeEscape: ("has a malformed \\u escape in a string", "содержит в строке неправильную последовательность \\u")
        case .jsonMalformedNumber: ("has a malformed number", "содержит неправильно записанное число")
        case .jsonLeadingZero: ("has a number with a leading zero", "содержит число с ведущим нулём")
        case .jsonIntegerOutOfRange: ("has an integer out of range", "содержит целое число вне допустимого диапазона")
        case .jsonNumberOutOfRange: ("has a number out of range", "содержит число вне допустимого диапазона")
        case .jsonMissing: ("missing", "отсутствует")
        case .jsonMustBe: ("must be {kind}", "должно быть {kind}")
        case .jsonMustBeNotNull: ("must be {kind}, not null", "должно быть {kind}, а не null")
        case .jsonKindString: ("a string", "строкой")
        case .jsonKindBool: ("true or false", "true или false")
        case .jsonKindInteger: ("an integer", "целым числом")
        case .jsonKindNumber: ("a number", "числом")
        case .jsonKindArray: ("an array", "массивом")
        case .jsonKindObject: ("an object", "объектом")
        case .jsonNotAccepted: ("is not one of the accepted values", "не входит в число допустимых значений")
        case .jsonNotADate: ("is not a date YYYY-MM-DD", "не дата в виде ГГГГ-ММ-ДД")
        case .jsonOutOfRange: ("is out of range", "вне допустимого диапазона")
        case .jsonInvalidValue: ("is not a valid value", "имеет недопустимое значение")
        case .jsonCannotBeRead: ("cannot be read", "не читается")
        case .filesInspected: ("files inspected", "файлов проверено")
        case .scanAccepted: ("accepted", "принят")
        case .scanRejected: ("rejected", "отклонён")
        case .pixels: ("px", "пикс.")
        case .warning: ("Warning: {message}", "Предупреждение: {message}")
        case .oneFileInspected: ("{files} file: {accepted} accepted, {rejected} rejected.", "Файлов: {files}; принято: {accepted}, отклонено: {rejected}.")
        case .filesInspectedSummary: ("{files} files: {accepted} accepted, {rejected} rejected.", "Файлов: {files}; принято: {accepted}, отклонено: {rejected}.")
        case .historyIntact: ("{file}: the history of application {application} is intact and sealed ({events} events).", "{file}: история заявления {application} цела и запечатана (событий: {events}).")
        case .validQRCode: ("valid QR code", "QR-код действителен")
        case .invalidQRCode: ("INVALID QR code", "QR-код недействителен")
        case .validCertificate: ("valid certificate", "свидетельство действительно")
        case .invalidCertificate: ("INVALID certificate", "свидетельство недействительно")
        case .signedBy: ("; signed by {subject}", "; подписано: {subject}")
        case .demoCase: ("Case {name}:", "Дело {name}:")
        case .demoCertificateVerified: ("certificate verified: signature and QR code valid", "свидетельство проверено: подпись и QR-код действительны")
        case .demoCertificateFailed: ("certificate FAILED verification: {problems}", "свидетельство НЕ прошло проверку: {problems}")
        case .demoOutputIn: ("Everything it made is in {folder}.", "Всё, что получилось, лежит в {folder}.")
        case .certificateRendered: ("{path}: certificate \u{2116} {number}", "{path}: свидетельство \u{2116} {number}")
        case .consentWritten: ("{path}: consent written", "{path}: согласие записано")
        case .proxyWritten: ("{path}: power of attorney written", "{path}: доверенность записана")
        // Another library's error, which says itself only in its own words.
        case .unexpectedError: ("{error}", "непредвиденная ошибка: {error}")
        }
    }
}

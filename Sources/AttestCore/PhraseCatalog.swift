/// A phrase a message, a reason or a line of output uses: its words in each language are kept
/// here, beside the problem catalog, and nowhere else.
///
/// Each part of Attest keeps its phrases in a section of its own.
public enum Phrase: String, Sendable, Hashable, CaseIterable {
    // Shared by every part
    case placeholder

    // Signatures

    // Scan inspection

    // Certificates of registration

    // The workflow
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

    // The command line
    case cannotReadInput
    case inputTooLarge
    case inputOfSizeTooLarge
    case outputExists
    case cannotCreateOutput
    case cannotWriteOutput
    case outputIsAnInput
    case outputsAreOneFile
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

        // Scan inspection

        // Certificates of registration

        // The workflow
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

        // The command line
        case .cannotReadInput: ("cannot read {path}: {reason}", "не удаётся прочитать {path}: {reason}")
        case .inputTooLarge: ("{path} is more than the {limit} bytes an input of its kind may be", "{path}: больше {limit} байт, допустимых для входного файла такого рода")
        case .inputOfSizeTooLarge: ("{path} is {size} bytes, more than the {limit} bytes an input of its kind may be", "{path}: {size} байт, больше {limit} байт, допустимых для входного файла такого рода")
        case .outputExists: ("{path} exists; use --force to replace it", "{path} уже существует; чтобы заменить его, добавьте --force")
        case .cannotCreateOutput: ("cannot create {path}: {reason}", "не удаётся создать {path}: {reason}")
        case .cannotWriteOutput: ("cannot write {path}: {reason}", "не удаётся записать {path}: {reason}")
        case .outputIsAnInput: ("{path} is also the input {input}; write the output elsewhere", "{path} — это и входной файл {input}; запишите результат в другое место")
        case .outputsAreOneFile: ("{path} and {other} are one file; give each output its own", "{path} и {other} — один и тот же файл; каждому результату нужен свой")
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
        }
    }
}

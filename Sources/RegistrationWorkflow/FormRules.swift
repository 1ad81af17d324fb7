import AttestCore
import FoundationEssentials

/// The rules of the application form, each a named check that yields a problem in the project's
/// one shape, with the `field` it concerns. Inputs with other spacing are normalised; the digits
/// themselves are strict.
public enum FormRules {
    /// Full names as in the passport: Cyrillic or Latin letters, spaces, hyphens, apostrophes.
    public static func name(_ value: String, field: String) -> Problem? {
        let allowed = value.unicodeScalars.allSatisfy { scalar in
            isNameLetter(scalar) || scalar == " " || scalar == "-" || scalar == "'" || scalar == "’"
        }
        let trimmed = value.trimmingSpaces()
        guard allowed, let first = trimmed.unicodeScalars.first, isNameLetter(first),
              let last = trimmed.unicodeScalars.last, isNameLetter(last)
        else { return problem(.invalidName, value, field) }
        return nil
    }

    /// An internal passport: series of 4 digits and number of 6, spaces ignored.
    public static func passport(series: String, number: String, field: String) -> Problem? {
        let series = digits(series), number = digits(number)
        guard let series, let number, series.count == 4, number.count == 6 else {
            return problem(.invalidPassport, "\(series ?? "?") \(number ?? "?")", field)
        }
        return nil
    }

    /// A birth certificate's series and number as printed: Roman numerals, a hyphen, two Cyrillic
    /// capitals, a space and six digits (`IV-МЮ 123456`).
    public static func birthCertificate(_ value: String, field: String) -> Problem? {
        let parts = value.split(separator: " ", omittingEmptySubsequences: false)
        let series = parts.first?.split(separator: "-", omittingEmptySubsequences: false) ?? []
        let valid = parts.count == 2 && series.count == 2
            && !series[0].isEmpty && series[0].allSatisfy { "IVXLC".contains($0) }
            && series[1].count == 2 && series[1].unicodeScalars.allSatisfy { (0x0410...0x042F).contains($0.value) || $0.value == 0x0401 }
            && parts[1].count == 6 && parts[1].allSatisfy { $0.isASCII && $0.isNumber }
        return valid ? nil : problem(.invalidBirthCertificate, value, field)
    }

    /// SNILS: 11 digits (spaces and hyphens ignored) whose last two are the check number of the
    /// first nine: the sum of each digit times its weight 9…1; under 100 it is the check number,
    /// 100 and 101 give 00, larger sums are taken modulo 101 (100 again giving 00).
    public static func snils(_ value: String, field: String) -> Problem? {
        guard let digits = digits(value, allowing: " -"), digits.count == 11 else { return problem(.invalidSNILS, value, field) }
        let numbers = digits.map { Int(String($0))! }
        let sum = (0..<9).reduce(0) { $0 + numbers[$1] * (9 - $1) }
        let check = sum < 100 ? sum : (sum % 101 == 100 ? 0 : sum % 101)
        return check == numbers[9] * 10 + numbers[10] ? nil : problem(.invalidSNILS, value, field)
    }

    /// A person's INN: 12 digits, the 11th and 12th check digits of the ones before them.
    public static func inn(_ value: String, field: String) -> Problem? {
        guard let digits = digits(value), digits.count == 12 else { return problem(.invalidINN, value, field) }
        let numbers = digits.map { Int(String($0))! }
        func check(_ weights: [Int]) -> Int {
            zip(numbers, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11 % 10
        }
        let first = check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8])
        let second = check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])
        return first == numbers[10] && second == numbers[11] ? nil : problem(.invalidINN, value, field)
    }

    /// A Russian phone number in the form `+7 XXX XXX-XX-XX`, or nil when it is not one.
    public static func normalisedPhone(_ value: String) -> String? {
        let trimmed = value.trimmingSpaces()
        guard trimmed.hasPrefix("+7"),
              trimmed.dropFirst(2).allSatisfy({ $0.isASCII && ($0.isNumber || " -()".contains($0)) })
        else { return nil }
        let rest = trimmed.dropFirst(2).filter(\.isNumber)
        guard rest.count == 10 else { return nil }
        let d = Array(rest)
        return "+7 \(String(d[0..<3])) \(String(d[3..<6]))-\(String(d[6..<8]))-\(String(d[8..<10]))"
    }

    public static func phone(_ value: String, field: String) -> Problem? {
        normalisedPhone(value) == nil ? problem(.invalidPhone, value, field) : nil
    }

    /// An e-mail address: one @, a local part, a domain of dotted labels, no spaces.
    public static func email(_ value: String, field: String) -> Problem? {
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64,
              !value.contains(where: { $0.isWhitespace || $0.isNewline }),
              parts[1].split(separator: ".", omittingEmptySubsequences: false).count >= 2,
              parts[1].split(separator: ".", omittingEmptySubsequences: false).allSatisfy({ label in
                  !label.isEmpty && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
                      && label.first != "-" && label.last != "-"
              })
        else { return problem(.invalidEmail, value, field) }
        return nil
    }

    /// A Russian postal code: 6 digits.
    public static func postalCode(_ value: String, field: String) -> Problem? {
        let trimmed = value.trimmingSpaces()
        return trimmed.count == 6 && trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) ? nil : problem(.invalidPostalCode, value, field)
    }

    /// The period of stay: it starts no later than it ends, and lasts at most 90 days counting both ends.
    public static func period(from: CivilDate, until: CivilDate, field: String) -> Problem? {
        guard from <= until else {
            var found = Problem(.invalidPeriod, arguments: ["from": .text(from.display), "until": .text(until.display)])
            found.field = field
            return found
        }
        let days = from.days(to: until) + 1
        guard days <= 90 else {
            var found = Problem(.stayTooLong, arguments: ["days": .number(days)])
            found.field = field
            return found
        }
        return nil
    }

    private static func isNameLetter(_ scalar: Unicode.Scalar) -> Bool {
        // Cyrillic (with Ё) and Latin letters only: digits and other scripts are not in a passport.
        (0x0410...0x044F).contains(scalar.value) || scalar.value == 0x0401 || scalar.value == 0x0451
            || ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
    }

    /// The digits of `value` once `allowing` characters are dropped, or nil when anything else is there.
    private static func digits(_ value: String, allowing: String = " ") -> String? {
        let kept = value.filter { !allowing.contains($0) }
        return kept.allSatisfy({ $0.isASCII && $0.isNumber }) ? kept : nil
    }

    private static func problem(_ code: ProblemCode, _ value: String, _ field: String) -> Problem {
        Problem(code, arguments: ["value": .text(value)], field: field)
    }
}

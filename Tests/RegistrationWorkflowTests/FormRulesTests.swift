import AttestCore
import Testing
import RegistrationWorkflow

private func code(_ problem: Problem?) -> ProblemCode? { problem?.code }

@Suite struct FormRulesTests {
    @Test(arguments: ["Иванов", "Петрова-Водкина", "Д'Артаньян", "Ёлкин", "O'Brien", "Smith Jones", "Мария Анна"])
    func namesAsInThePassport(name: String) {
        #expect(FormRules.name(name, field: "applicant.lastName") == nil)
    }

    @Test(arguments: ["", " ", "Иванов2", "Ivan_ov", "-Иванов", "Иванов-", "Ἀλέξανδρος", "李"])
    func namesThatAreNot(name: String) {
        let problem = FormRules.name(name, field: "applicant.lastName")
        #expect(code(problem) == .invalidName)
        #expect(problem?.field == "applicant.lastName")
    }

    @Test func passportSeriesAndNumber() {
        #expect(FormRules.passport(series: "45 10", number: "123456", field: "p") == nil)
        #expect(code(FormRules.passport(series: "451", number: "123456", field: "p")) == .invalidPassport)
        #expect(code(FormRules.passport(series: "4510", number: "12345X", field: "p")) == .invalidPassport)
        #expect(code(FormRules.passport(series: "4510", number: "1234567", field: "p")) == .invalidPassport)
    }

    @Test(arguments: ["112-233-445 95", "11223344595", "087-654-303 00", "100-018-999 00", "100-019-899 00"])
    func snilsWithTheirCheckNumbers(value: String) {
        #expect(FormRules.snils(value, field: "applicant.snils") == nil)
    }

    @Test(arguments: ["112-233-445 96", "1122334459", "112-233-445 9X", "112.233.445 95", "100-018-999 01"])
    func snilsThatFail(value: String) {
        #expect(code(FormRules.snils(value, field: "applicant.snils")) == .invalidSNILS)
    }

    @Test func innCheckDigits() {
        #expect(FormRules.inn("500100732259", field: "applicant.inn") == nil)
        #expect(FormRules.inn("7733 7085 7141", field: "applicant.inn") == nil)
        #expect(code(FormRules.inn("500100732258", field: "applicant.inn")) == .invalidINN)
        #expect(code(FormRules.inn("500100732249", field: "applicant.inn")) == .invalidINN)
        #expect(code(FormRules.inn("7707083893", field: "applicant.inn")) == .invalidINN)  // a company's 10 digits
    }

    @Test func phonesAreNormalisedButTheirDigitsAreStrict() {
        #expect(FormRules.normalisedPhone("+7 (916) 123-45-67") == "+7 916 123-45-67")
        #expect(FormRules.normalisedPhone("+79161234567") == "+7 916 123-45-67")
        #expect(FormRules.normalisedPhone("+7 916 123-45-67") == "+7 916 123-45-67")
        for bad in ["8 916 123-45-67", "+7 916 123-45-6", "+7 916 123-45-678", "+1 916 123-45-67", "+7 916 ABC-45-67"] {
            #expect(code(FormRules.phone(bad, field: "contact.phone")) == .invalidPhone, "\(bad)")
        }
    }

    @Test func emails() {
        #expect(FormRules.email("ivanov@example.ru", field: "e") == nil)
        #expect(FormRules.email("i.ivanov+reg@почта.рф", field: "e") == nil)
        for bad in ["ivanov", "@example.ru", "ivanov@", "ivanov@example", "iva nov@example.ru", "a@b@c.ru", "a@-x.ru", "a@x..ru"] {
            #expect(code(FormRules.email(bad, field: "e")) == .invalidEmail, "\(bad)")
        }
    }

    @Test func postalCodes() {
        #expect(FormRules.postalCode("125009", field: "address.postalCode") == nil)
        for bad in ["12500", "1250090", "12500A", "", "１２５００９"] {
            #expect(code(FormRules.postalCode(bad, field: "address.postalCode")) == .invalidPostalCode, "\(bad)")
        }
    }

    @Test func periodsStartBeforeTheyEndAndLastAtMost90DaysCountingBothEnds() {
        let start = CivilDate(iso: "2026-12-01")!
        #expect(FormRules.period(from: start, until: start, field: "period") == nil)
        #expect(FormRules.period(from: start, until: CivilDate(iso: "2027-02-28")!, field: "period") == nil)  // 90 days
        let tooLong = FormRules.period(from: start, until: CivilDate(iso: "2027-03-01")!, field: "period")
        #expect(code(tooLong) == .stayTooLong)
        #expect(tooLong?.message(in: .en) == "The stay is 91 days; at most 90 are allowed, then extend it or register permanently.")
        #expect(code(FormRules.period(from: start, until: CivilDate(iso: "2026-11-30")!, field: "period")) == .invalidPeriod)
    }
}

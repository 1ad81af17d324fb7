import AttestCore
import ArgumentParser
import FoundationEssentials
import RegistrationWorkflow

struct ConsentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent",
        abstract: "Write the owner's consent to a registration, for the owner to sign.",
        subcommands: [ConsentCreateCommand.self]
    )
}

struct ConsentCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Write an owner's consent as JSON; the owner then signs it with attest sign.",
        discussion: """
            The consent names the owner (with passport and SNILS), the applicant, the address and \
            the period of stay, and its own issue date and validity (at most 90 days, issued no \
            earlier than 30 days before the stay starts). Dates are YYYY-MM-DD.

            Example:
              attest consent create --owner "Петров Пётр Петрович" --owner-snils "112-233-445 95" \\
                  --owner-passport "4511 654321" --owner-passport-issued 2012-03-01 --owner-passport-issuer "ОВД" \\
                  --applicant "Иванов Иван Иванович" --applicant-birth-date 1990-05-17 \\
                  --address "г. Москва, ул. Тверская, д. 1, кв. 5" --from 2026-12-01 --until 2027-02-28 \\
                  --issued-at 2026-11-20 --valid-until 2027-02-17 --out consent.json
              attest sign consent.json --key owner.key --cert owner.pem
            """
    )

    @Option(help: "The owner's full name.") var owner: String
    @Option(help: "The owner's SNILS.") var ownerSnils: String?
    @Option(help: "The owner's passport series and number, e.g. \"4511 654321\".") var ownerPassport: String
    @Option(help: "The date the owner's passport was issued.") var ownerPassportIssued: String
    @Option(help: "Who issued the owner's passport.") var ownerPassportIssuer: String
    @Option(help: "The applicant's full name.") var applicant: String
    @Option(help: "The applicant's date of birth.") var applicantBirthDate: String
    @Option(help: "The address of the dwelling.") var address: String
    @Option(help: "The first day of the stay.") var from: String
    @Option(help: "The last day of the stay.") var until: String
    @Option(help: "The consent's date.") var issuedAt: String
    @Option(help: "The last day the consent is valid.") var validUntil: String
    @Option(help: ArgumentHelp("Where to write the consent.", valueName: "file")) var out: String
    @Flag(help: "Replace an existing file.") var force = false
    @OptionGroup var written: PersonalFileOptions
    @OptionGroup var lang: LanguageOption

    func run() throws {
        let parts = ownerPassport.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw ValidationError("--owner-passport is the series and the number, e.g. \"4511 654321\".") }
        let consent = ConsentDocument(
            owner: Owner(fullName: owner, snils: ownerSnils,
                         passport: Passport(series: parts[0], number: parts[1], issueDate: try civilDate(ownerPassportIssued, option: "owner-passport-issued"),
                                            issuedBy: ownerPassportIssuer)),
            applicant: .init(fullName: applicant, birthDate: try civilDate(applicantBirthDate, option: "applicant-birth-date")),
            address: address, from: try civilDate(from, option: "from"), until: try civilDate(until, option: "until"),
            issuedAt: try civilDate(issuedAt, option: "issued-at"), validUntil: try civilDate(validUntil, option: "valid-until"))
        try consent.check()
        try AtomicFile.write(try consent.encoded(), to: out, permissions: written.permissions, replacing: force)
        show(Phrase.consentWritten.text(in: lang.language, ["path": .text(out)]))
    }
}

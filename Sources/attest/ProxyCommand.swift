import AttestCore
import ArgumentParser
import FoundationEssentials
import RegistrationWorkflow

struct ProxyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "proxy",
        abstract: "Write a power of attorney for a representative, for the applicant to sign.",
        subcommands: [ProxyCreateCommand.self]
    )
}

struct ProxyCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Write a power of attorney as JSON; the applicant then signs it with attest sign.",
        discussion: """
            The power of attorney names the principal (the applicant) and the representative, each \
            by full name and SNILS, what the representative may do (registration: apply and \
            resubmit; extension: apply to extend), and its own issue date and last valid day. \
            The applicant signs it with a qualified signature whose certificate carries the \
            applicant's SNILS; an application that names the representative takes it beside the \
            consents. Dates are YYYY-MM-DD.

            Example:
              attest proxy create --principal "Иванов Иван Иванович" --principal-snils "087-654-303 00" \\
                  --representative "Сидорова Анна Петровна" --representative-snils "112-233-445 95" \\
                  --powers registration --issued-at 2026-11-20 --valid-until 2027-11-19 --out proxy.json
              attest sign proxy.json --key applicant.key --cert applicant.pem
            """
    )

    @Option(help: "The applicant's full name.") var principal: String
    @Option(help: "The applicant's SNILS.") var principalSnils: String
    @Option(help: "The representative's full name.") var representative: String
    @Option(help: "The representative's SNILS.") var representativeSnils: String
    @Option(parsing: .upToNextOption, help: "What the representative may do: registration, extension.")
    var powers: [PowerOfAttorney.Power] = [.registration]
    @Option(help: "The power of attorney's date.") var issuedAt: String
    @Option(help: "The last day it is in force.") var validUntil: String
    @Option(help: ArgumentHelp("Where to write it.", valueName: "file")) var out: String
    @Flag(help: "Replace an existing file.") var force = false
    @OptionGroup var written: PersonalFileOptions
    @OptionGroup var lang: LanguageOption

    func run() throws {
        let proxy = PowerOfAttorney(
            principal: .init(fullName: principal, snils: principalSnils),
            representative: .init(fullName: representative, snils: representativeSnils),
            powers: powers, issuedAt: try civilDate(issuedAt, option: "issued-at"), validUntil: try civilDate(validUntil, option: "valid-until"))
        try proxy.check()
        try AtomicFile.write(try proxy.encoded(), to: out, permissions: written.permissions, replacing: force)
        show(Phrase.proxyWritten.text(in: lang.language, ["path": .text(out)]))
    }
}

extension PowerOfAttorney.Power: ExpressibleByArgument {}

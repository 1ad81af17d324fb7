import AttestCore
import ArgumentParser
import Signing
import FoundationEssentials
import RegistrationWorkflow

struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "Run an application's whole story from a case file.",
        subcommands: [CaseRunCommand.self]
    )
}

struct CaseRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a case file through the workflow in memory and write what it produced.",
        discussion: """
            The case file names the application, its scans and consents, the trusted consent CAs, \
            the issuer's key and certificate (paths relative to the case file), and may hold steps \
            after the first submission: resubmit, extend, annul, expire. Written to --out: \
            decision.json, events.jsonl (the sealed, hash-chained history) and certificate.pdf \
            when one was issued. The case file's schema is in the README.

            A step the workflow does not allow (resubmitting a rejected application, annulling \
            before a certificate) ends the story there: what happened before it is written, and \
            the decision reports the step as an illegal-transition problem.

            Exit status: 0 when a certificate was issued, 1 when clarification is needed or the \
            application was rejected, 3 when a step was an illegal move (the decision up to it is \
            written), 65 for a case file that cannot be read.

            Example:
              attest case run demo-output/cases/1-straight.case.json --out straight --today 2027-03-15
            """
    )

    @Argument(help: "The case file.")
    var caseFile: String

    @Option(help: ArgumentHelp("Where to write the results.", valueName: "dir"))
    var out: String = "case-output"

    @Option(help: ArgumentHelp("The date the case is decided on (YYYY-MM-DD): a registration that ended before it expires.", valueName: "date"))
    var today: String?

    @Flag(help: "Replace the results of an earlier run in --out.")
    var force = false

    @OptionGroup var written: PersonalFileOptions

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if output.format == .jsonl { throw ValidationError("case run prints one document: use --format text or json.") }
        if let today, CivilDate(iso: today) == nil { throw ValidationError("--today must be a date such as 2026-11-25.") }
    }

    func run() throws {
        let (caseFile, out, language, day, force, permissions) = (caseFile, out, output.language, today.flatMap(CivilDate.init(iso:)), force, written.permissions)
        let outcome = try blocking {
            try await CaseRunner.run(caseAt: caseFile, output: URL(fileURLWithPath: out), today: day, replacing: force,
                                    permissions: permissions, language: language)
        }
        switch output.format {
        case .text:
            for line in outcome.story { show(line) }
        default:
            output.printJSON(outcome)
        }
        if outcome.stoppedAtIllegalStep { throw ExitCode(3) }
        if !outcome.issued { throw ExitCode(1) }
    }
}

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check the tamper-evident history of an application.",
        subcommands: [AuditVerifyCommand.self]
    )
}

struct AuditVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify an events.jsonl history: every event's hash, the chain, and the issuer's seal.",
        discussion: """
            Exit status: 0 when the history is intact and sealed by a key of a --ca certificate, 1 otherwise.

            Example:
              attest audit verify out/straight/events.jsonl --ca keys/issuer.pem
            """
    )

    @Argument(help: "The events.jsonl file.")
    var events: String

    @Option(name: .customLong("ca"), help: ArgumentHelp("The issuer's certificate; repeatable.", valueName: "file"))
    var trustAnchorFiles: [String]

    @OptionGroup var output: OutputOptions

    func run() throws {
        let trustAnchors = try trustAnchorFiles.flatMap { try X509Certificate.read(contentsOf: $0) }
        let verification = HistoryVerifier.verify(try InputFile.read(events, limit: InputLimits.file), trustAnchors: trustAnchors)
        let language = output.language
        if output.format == .text {
            show(Self.text(verification, file: events, language: language))
        } else {
            output.printJSON(verification)
        }
        if !verification.intact { throw ExitCode(1) }
    }

    static func text(_ verification: HistoryVerification, file: String, language: Language) -> String {
        guard verification.intact, let application = verification.application else {
            return "\(file): " + verification.problems.map { $0.message(in: language) }.joined(separator: " ")
        }
        return Phrase.historyIntact.text(in: language, [
            "file": .text(file), "application": .text(application), "events": .text(String(verification.events)),
        ])
    }
}

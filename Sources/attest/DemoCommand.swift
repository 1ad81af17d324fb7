import AttestCore
import ArgumentParser
import FoundationEssentials
import RegistrationWorkflow

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the back office's whole job on the seed cases, leaving every artefact in a folder.",
        discussion: """
            Creates throwaway keys (a CA and an owner for consents, a ministry CA and a migration \
            office that issues certificates), signs the owner's consents, and runs the seed cases, \
            which the binary carries with their scans (it runs from any folder): one that goes straight through, one whose applicant is asked to fix a \
            low-resolution scan, a wrong SNILS check number and a consent issued too early and \
            then resubmits, one later extended and one annulled. Each certificate is then checked \
            as `attest certificate verify` checks it. Without --out it writes to a fresh folder.

            Example:
              attest demo --out demo
            """
    )

    @Option(help: ArgumentHelp("Where to leave everything (default: a fresh attest-demo-* folder).", valueName: "dir"))
    var out: String?

    @OptionGroup var lang: LanguageOption

    @Flag(help: "Run into an --out folder that already holds files, replacing them.")
    var force = false

    func run() throws {
        let language = lang.language
        let folder = out ?? "attest-demo-\(String(UInt32.random(in: 0...UInt32.max), radix: 36))"
        let output = URL(fileURLWithPath: folder)
        if !force { try OutputFolder.refuseFilled(folder) }
        let results = try blocking {
            try await Demo.run(output: output, language: language)
        }
        for result in results {
            show(Phrase.demoCase.text(in: language, ["name": .text(result.name)]))
            for line in result.outcome.story { show("  \(line)") }
            if let verification = result.verification {
                let verdict = verification.valid ? Phrase.demoCertificateVerified.text(in: language)
                    : Phrase.demoCertificateFailed.text(in: language, [
                        "problems": .text(verification.problems.map { $0.message(in: language) }.joined(separator: " ")),
                    ])
                show("  \(verdict) (\(result.name)/certificate.pdf)")
            }
        }
        show(Phrase.demoOutputIn.text(in: language, ["folder": .text(folder)]))
        if results.contains(where: { $0.verification.map { !$0.valid } ?? false }) { throw ExitCode(1) }
    }
}

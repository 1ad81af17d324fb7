import ArgumentParser

@main
struct Attest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attest",
        abstract: "The back-office toolkit of an online temporary-registration service.",
        discussion: """
            inspect checks the scans applicants upload against the upload rules: PDF, JPEG or \
            PNG by content, at most 5 MiB, at least 300 dpi. keygen, hash, sign and verify make \
            and check the detached CMS signatures of the owner's consent, as openssl cms does.
            """,
        version: "0.1.0",
        subcommands: [
            InspectCommand.self, KeygenCommand.self, HashCommand.self, SignCommand.self, VerifyCommand.self,
            CertificateCommand.self, ConsentCommand.self, CaseCommand.self, AuditCommand.self, DemoCommand.self,
        ]
    )
}

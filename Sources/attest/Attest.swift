import ArgumentParser

@main
struct Attest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attest",
        abstract: "The back-office toolkit of an online temporary-registration service.",
        discussion: """
            Every command, each with --help and an example of its own:
              attest inspect PATH...               check uploaded scans (format, size, dpi)
              attest keygen --subject DN ...       make a key and its certificate
              attest hash FILE...                  print SHA-2 or Streebog digests as sha256sum does
              attest sign FILE... --key K ...      make detached CMS signatures
              attest verify FILE --signature S ... check a signature against trust anchors
              attest certificate render ...        make a certificate of registration
              attest certificate verify PDF ...    check a certificate, or its QR code
              attest consent create ...            write an owner's consent, for signing
              attest proxy create ...              write a power of attorney, for signing
              attest case run CASE.json            run an application's story
              attest audit verify EVENTS.jsonl ... check an application's sealed history
              attest demo --out DIR                run the back office on the seed cases
              attest serve --data DIR ...          run the back office as an HTTP service
              attest token create --role R ...     make a bearer token for the service

            Example: attest demo --out demo-output
            """,
        version: "0.1.0",
        subcommands: [
            InspectCommand.self, KeygenCommand.self, HashCommand.self, SignCommand.self, VerifyCommand.self,
            CertificateCommand.self, ConsentCommand.self, ProxyCommand.self, CaseCommand.self, AuditCommand.self, DemoCommand.self,
        ] + serviceCommands
    )
}

#if canImport(AttestService)
/// The service's commands, in a build with the service.
private let serviceCommands: [any ParsableCommand.Type] = [ServeCommand.self, TokenCommand.self, MigrateCommand.self]
#else
private let serviceCommands: [any ParsableCommand.Type] = []
#endif

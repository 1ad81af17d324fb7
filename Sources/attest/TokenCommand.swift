#if canImport(AttestService)
import AttestCore
import AttestService
import ArgumentParser
import FoundationEssentials

extension Role: ExpressibleByArgument {}

struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Make or revoke the bearer tokens `attest serve` accepts.",
        discussion: """
            Example:
              attest token create --data attest-data --role clerk --name desk-1
            """,
        subcommands: [Create.self, Revoke.self]
    )

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Make a token and print it, once: only its SHA-256 is kept.",
            discussion: """
                portal tokens submit and read applications and inspect scans; clerk tokens also \
                list, issue, extend, annul and read histories; auditor tokens read histories only.

                Example:
                  TOKEN=$(attest token create --data attest-data --role portal --name portal-1)
                """
        )

        @Option(help: ArgumentHelp("The data folder of `attest serve` (default ./attest-data).", valueName: "dir"))
        var data = "attest-data"

        @Option(help: "portal, clerk or auditor.")
        var role: Role

        @Option(help: ArgumentHelp("A name to revoke it by (default: the role and a few random letters).", valueName: "text"))
        var name: String?

        func validate() throws {
            if let name, name.isEmpty || name.count > 64 || !name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }) {
                throw ValidationError("--name is 1 to 64 ASCII letters, digits, dots, underscores and hyphens.")
            }
        }

        func run() throws {
            let made = try TokenStore(ServiceDatabase(path: try TokenCommand.database(data))).create(role: role, name: name)
            print(made.token)
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke",
            abstract: "Revoke a token by its name; the next request that shows it is refused.",
            discussion: """
                Example:
                  attest token revoke --data attest-data --name portal-1
                """
        )

        @Option(help: ArgumentHelp("The data folder of `attest serve` (default ./attest-data).", valueName: "dir"))
        var data = "attest-data"

        @Option(help: ArgumentHelp("The token's name.", valueName: "text"))
        var name: String

        func run() throws {
            try TokenStore(ServiceDatabase(path: try TokenCommand.database(data))).revoke(name: name)
            show(Phrase.tokenRevoked.text(in: Failure.language, ["name": .text(name)]))
        }
    }

    /// The database of the data folder `folder`, which is made when missing.
    static func database(_ folder: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return URL(fileURLWithPath: folder).appendingPathComponent("attest.sqlite").path
    }
}
#endif

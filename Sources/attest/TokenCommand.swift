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
            Examples:
              attest token create --data attest-data --role clerk --name desk-1
              PGPASSWORD=… attest token create --database postgres://attest@db.example/attest --role portal
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

        @OptionGroup var store: StoreOptions

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
            let (store, role, name) = (store, role, name)
            let made = try blocking { try await TokenCommand.using(store) { try await TokenStore($0).create(role: role, name: name) } }
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

        @OptionGroup var store: StoreOptions

        @Option(help: ArgumentHelp("The token's name.", valueName: "text"))
        var name: String

        func run() throws {
            let (store, name) = (store, name)
            try blocking { try await TokenCommand.using(store) { try await TokenStore($0).revoke(name: name) } }
            show(Phrase.tokenRevoked.text(in: Failure.language, ["name": .text(name)]))
        }
    }

    /// `body` with the store `options` names, closed after.
    static func using<T: Sendable>(_ options: StoreOptions, _ body: (any ServiceStore) async throws -> T) async throws -> T {
        let store = try await options.open()
        do {
            let result = try await body(store)
            await store.close()
            return result
        } catch {
            await store.close()
            throw error
        }
    }
}
#endif

#if canImport(AttestService)
import AttestCore
import AttestService
import ArgumentParser
import FoundationEssentials

/// `--data DIR` (SQLite and files, the default) or `--database postgres://…`: the store of
/// `attest serve`, `attest token` and `attest migrate`.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The data folder: attest.sqlite and documents/ (made when missing; default ./attest-data); with --database, only the demo's files.", valueName: "dir"))
    var data: String?

    @Option(help: ArgumentHelp("A PostgreSQL database instead of the data folder: postgres://USER@HOST:PORT/DB[?sslmode=…].",
                               valueName: "url"))
    var database: String?

    @Option(help: ArgumentHelp("A file whose first line is the database's password (else PGPASSWORD).", valueName: "file"))
    var databasePasswordFile: String?

    @Option(help: ArgumentHelp("Seconds a database statement or lock wait may take before it is cut off.", valueName: "seconds"))
    var databaseTimeout: Double = 10

    func validate() throws {
        if let database, !PostgresLocation.isPostgres(database) { throw ValidationError("--database is postgres://USER@HOST:PORT/DATABASE.") }
        if databasePasswordFile != nil, database == nil { throw ValidationError("--database-password-file goes with --database.") }
        guard databaseTimeout > 0, databaseTimeout <= 3600 else { throw ValidationError("--database-timeout is 0 to 3600 seconds.") }
    }

    /// The store named, with `folder` as the data folder when no --data is given.
    func location(folder: String? = nil) throws -> StoreLocation {
        guard let database else { return .sqlite(folder: URL(fileURLWithPath: folder ?? data ?? "attest-data")) }
        do {
            return .postgres(try PostgresLocation(url: database, password: try password(),
                                                  timeout: .milliseconds(Int64(databaseTimeout * 1000))))
        } catch let error as PostgresLocation.Invalid {
            throw ValidationError(error.description)
        }
    }

    /// Opens the store (applying the migrations it lacks); one that cannot be reached exits 69.
    func open(folder: String? = nil) async throws -> any ServiceStore {
        let location = try location(folder: folder)
        do {
            return try await location.open()
        } catch let error where PostgresStore.unavailable(error) {
            Failure.report(Phrase.storeCannotOpen.text(in: Failure.language, ["store": .text(shown), "reason": .text("\(error)")]))
            throw ExitCode(69)
        }
    }

    /// The store as messages name it: the folder, or the database's URL (which has no password).
    var shown: String { database ?? data ?? "attest-data" }

    private func password() throws -> String? {
        if let databasePasswordFile {
            let text = String(decoding: try InputFile.read(databasePasswordFile, limit: 4096), as: UTF8.self)
            return String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        }
        return ProcessInfo.processInfo.environment["PGPASSWORD"]
    }
}

/// `attest migrate`: brings a store's schema up to date, as `attest serve` does at its start.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Bring the service's store up to the current schema, and print its versions.",
        discussion: """
            Applies, each in a transaction, the versions the store lacks (`attest serve` does the \
            same at its start; instances starting together wait for each other). Running it again \
            changes nothing. A database that cannot be reached exits 69.

            Examples:
              attest migrate --data /var/lib/attest
              PGPASSWORD=… attest migrate --database postgres://attest@db.example:5432/attest?sslmode=verify-full
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: text for people, json for programs.")
    var format: OutputFormat = .text

    func run() throws {
        let store = self.store
        let versions = try blocking {
            let opened = try await store.open()
            let versions = try await opened.appliedVersions()
            await opened.close()
            return versions
        }
        if format == .text {
            print(Phrase.migrateApplied.text(in: Failure.language, ["store": .text(store.shown), "versions": .text(versions.joined(separator: ", "))]))
        } else {
            print(JSONValue.members(["store": .string(store.shown), "versions": .array(versions.map { .string($0) })]).serialized(pretty: true))
        }
    }
}
#endif

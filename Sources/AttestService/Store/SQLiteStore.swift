import FoundationEssentials
import GRDB
import RegistrationWorkflow

/// The store of one machine: one SQLite file in the data folder, through GRDB, and the documents
/// as files beside it (`DocumentStore`). Write-ahead log with `synchronous = FULL`: a transaction
/// is on the disk when its commit returns, so an answer given after it survives a crash or a
/// power cut. Readers never wait for the writer.
public final class SQLiteStore: ServiceStore {
    let pool: DatabasePool
    let files: DocumentStore
    public let applications: any ApplicationStore

    /// Opens (creating them when missing) `attest.sqlite` and `documents/` in `folder`, and brings
    /// the schema up to date.
    public init(folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        pool = try DatabasePool(path: folder.appendingPathComponent("attest.sqlite").path, configuration: configuration)
        try Self.migrator.migrate(pool)
        files = try DocumentStore(folder: folder.appendingPathComponent("documents"))
        applications = SQLiteApplicationStore(pool)
    }

    public func appliedVersions() async throws -> [String] {
        try await pool.read { db in try Self.migrator.appliedMigrations(db) }
    }

    public func close() async {}

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in Migrations.all {
            migrator.registerMigration(migration.version) { db in
                if !migration.sqlite.isEmpty { try db.execute(sql: migration.sqlite) }
            }
        }
        return migrator
    }

    public func putDocument(_ bytes: [UInt8]) async throws -> String {
        try files.put(bytes)
    }

    public func document(_ digest: String) async throws -> [UInt8]? {
        try files.get(digest)
    }

    public func certificateFile(of id: String, validUntil: String) async throws -> String? {
        try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT digest FROM certificate_files WHERE application_id = ? AND valid_until = ?",
                                arguments: [id, validUntil])
        }
    }

    public func keepCertificateFile(of id: String, digest: String, validUntil: String) async throws {
        try await pool.write { db in
            try db.execute(sql: """
                INSERT INTO certificate_files (application_id, digest, valid_until) VALUES (?, ?, ?)
                ON CONFLICT (application_id) DO UPDATE SET digest = excluded.digest, valid_until = excluded.valid_until
                """, arguments: [id, digest, validUntil])
        }
    }

    public func addToken(_ token: StoredToken) async throws {
        try await pool.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM tokens WHERE name = ?", arguments: [token.name]) == nil else {
                throw TokenError(code: .nameTaken, name: token.name)
            }
            try db.execute(sql: "INSERT INTO tokens (name, role, digest, created) VALUES (?, ?, ?, ?)",
                           arguments: [token.name, token.role.rawValue, token.digest, token.created.timeIntervalSince1970])
        }
    }

    public func removeToken(named name: String) async throws -> Bool {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM tokens WHERE name = ?", arguments: [name])
            return db.changesCount == 1
        }
    }

    public func caller(tokenDigest digest: String) async throws -> Caller? {
        // One statement, prepared once per connection: no transaction of its own is needed.
        try await pool.unsafeRead { db in
            let statement = try db.cachedStatement(sql: "SELECT name, role FROM tokens WHERE digest = ?")
            return try Row.fetchOne(statement, arguments: [digest]).flatMap { row in
                Role(rawValue: row["role"]).map { Caller(name: row["name"], role: $0) }
            }
        }
    }

    public func claim(_ key: IdempotencyKey, now: Date) async throws -> IdempotencyStore.Start {
        try await pool.write { db in
            let time = now.timeIntervalSince1970
            try db.execute(sql: "DELETE FROM idempotency WHERE created < ?", arguments: [time - IdempotencyStore.retention])
            guard let row = try Row.fetchOne(db, sql: """
                SELECT fingerprint, created, answer, (SELECT seen FROM instances WHERE id = holder) AS holder_seen
                FROM idempotency WHERE token = ? AND key = ?
                """, arguments: [key.token, key.key]) else {
                try db.execute(sql: "INSERT INTO idempotency (token, key, fingerprint, created, holder) VALUES (?, ?, ?, ?, ?)",
                               arguments: [key.token, key.key, key.fingerprint, time, key.holder])
                return .proceed
            }
            let kept = IdempotencyStore.Kept(fingerprint: row["fingerprint"], created: row["created"], answer: row["answer"],
                                             holderSeen: row["holder_seen"])
            let decision = try IdempotencyStore.decide(kept, fingerprint: key.fingerprint, now: time)
            if decision.takeOver {
                try db.execute(sql: "UPDATE idempotency SET created = ?, holder = ? WHERE token = ? AND key = ?",
                               arguments: [time, key.holder, key.token, key.key])
            }
            return decision.start
        }
    }

    public func keepAnswer(_ answer: Data, of key: IdempotencyKey) async throws {
        try await pool.write { db in
            try db.execute(sql: "UPDATE idempotency SET answer = ? WHERE token = ? AND key = ?", arguments: [answer, key.token, key.key])
        }
    }

    public func releaseKey(_ key: IdempotencyKey) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM idempotency WHERE token = ? AND key = ? AND answer IS NULL", arguments: [key.token, key.key])
        }
    }

    public func heartbeat(instance: String, now: Date) async throws {
        try await pool.write { db in
            try db.execute(sql: "INSERT INTO instances (id, seen) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET seen = excluded.seen",
                           arguments: [instance, now.timeIntervalSince1970])
            try db.execute(sql: "DELETE FROM instances WHERE seen < ?", arguments: [now.timeIntervalSince1970 - IdempotencyStore.retention])
        }
    }

    public func isReachable() async -> Bool {
        (try? await pool.read { db in try Int.fetchOne(db, sql: "SELECT 1") }) == 1
    }

    public func isUnavailable(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return [.SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_IOERR, .SQLITE_FULL, .SQLITE_CANTOPEN].contains(error.resultCode)
    }
}

import FoundationEssentials
import GRDB

/// The service's database: one SQLite file in the data folder, through GRDB. Write-ahead log with
/// `synchronous = FULL`: a transaction is on the disk when its commit returns, so an answer given
/// after it survives a crash or a power cut. Readers never wait for the writer.
public final class ServiceDatabase: Sendable {
    let pool: DatabasePool

    /// Opens (creating it when missing) the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(pool)
    }

    /// The schema, one migration per version; a migration once released never changes.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1-applications") { db in
            // `seq` orders the queue: inserts are serialised, so a later insert always has a
            // larger one and a page already read never gains a row.
            try db.execute(sql: """
                CREATE TABLE applications (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    status TEXT NOT NULL,
                    certificate_number TEXT UNIQUE,
                    record BLOB NOT NULL
                );
                CREATE INDEX applications_by_status ON applications (status, seq);
                CREATE TABLE certificate_series (
                    series TEXT PRIMARY KEY,
                    last INTEGER NOT NULL
                );
                CREATE TABLE certificate_files (
                    application_id TEXT PRIMARY KEY REFERENCES applications (id),
                    digest TEXT NOT NULL,
                    valid_until TEXT NOT NULL
                );
                CREATE TABLE tokens (
                    name TEXT PRIMARY KEY,
                    role TEXT NOT NULL,
                    digest TEXT NOT NULL UNIQUE,
                    created REAL NOT NULL
                );
                CREATE TABLE idempotency (
                    token TEXT NOT NULL,
                    key TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    created REAL NOT NULL,
                    answer BLOB,
                    PRIMARY KEY (token, key)
                );
                CREATE INDEX idempotency_by_age ON idempotency (created);
                """)
        }
        return migrator
    }
}

extension ServiceDatabase {
    /// The digest of the stored certificate PDF of application `id` valid until `validUntil`.
    func certificateFile(of id: String, validUntil: String) async throws -> String? {
        try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT digest FROM certificate_files WHERE application_id = ? AND valid_until = ?",
                                arguments: [id, validUntil])
        }
    }

    /// Keeps `digest` as the certificate PDF of application `id`, valid until `validUntil`.
    func keepCertificateFile(of id: String, digest: String, validUntil: String) async throws {
        try await pool.write { db in
            try db.execute(sql: """
                INSERT INTO certificate_files (application_id, digest, valid_until) VALUES (?, ?, ?)
                ON CONFLICT (application_id) DO UPDATE SET digest = excluded.digest, valid_until = excluded.valid_until
                """, arguments: [id, digest, validUntil])
        }
    }

    /// Whether the database answers a read.
    func isReachable() async -> Bool {
        (try? await pool.read { db in try Int.fetchOne(db, sql: "SELECT 1") }) == 1
    }
}

/// The schema, one migration per version, in each store's dialect: both stores have the same
/// versions with the same tables. A migration once released never changes; a change of the
/// schema is a new one at the end. `attest migrate` applies what a database lacks, and every
/// start of `attest serve` does too.
public enum Migrations {
    public struct Migration: Sendable {
        public let version: String
        let sqlite: String
        let postgres: String
    }

    public static let all: [Migration] = [
        Migration(
            version: "1-applications",
            // `seq` orders the queue. SQLite: inserts are serialised, so a later insert always has
            // a larger one and a page already read never gains a row; PostgreSQL: the same, by an
            // advisory lock each insert takes before its `seq` (PostgresApplicationStore).
            sqlite: """
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
                """,
            postgres: """
                CREATE TABLE applications (
                    seq BIGSERIAL PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    status TEXT NOT NULL,
                    certificate_number TEXT UNIQUE,
                    record BYTEA NOT NULL
                );
                CREATE INDEX applications_by_status ON applications (status, seq);
                CREATE TABLE certificate_series (
                    series TEXT PRIMARY KEY,
                    last BIGINT NOT NULL
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
                    created DOUBLE PRECISION NOT NULL
                );
                CREATE TABLE idempotency (
                    token TEXT NOT NULL,
                    key TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    created DOUBLE PRECISION NOT NULL,
                    answer BYTEA,
                    PRIMARY KEY (token, key)
                );
                CREATE INDEX idempotency_by_age ON idempotency (created);
                """),
        Migration(
            version: "2-documents",
            // SQLite keeps documents as files beside the database (`documents/`), where a backup
            // of the folder takes them; PostgreSQL keeps their bytes, so that every instance
            // reads them.
            sqlite: "",
            postgres: """
                CREATE TABLE documents (
                    digest TEXT PRIMARY KEY,
                    bytes BYTEA NOT NULL
                );
                """),
        Migration(
            version: "3-instances",
            // Each running `attest serve` says it is alive every few seconds; a request in flight
            // names its instance, so that a retry of a request whose instance died takes it over
            // at once instead of waiting for `IdempotencyStore.abandonedAfter`.
            sqlite: """
                CREATE TABLE instances (
                    id TEXT PRIMARY KEY,
                    seen REAL NOT NULL
                );
                ALTER TABLE idempotency ADD COLUMN holder TEXT;
                """,
            postgres: """
                CREATE TABLE instances (
                    id TEXT PRIMARY KEY,
                    seen DOUBLE PRECISION NOT NULL
                );
                ALTER TABLE idempotency ADD COLUMN holder TEXT;
                """),
    ]
}

import FoundationEssentials
import RegistrationWorkflow

/// Everything the service keeps, in one place every instance reaches: applications with their
/// histories, documents by SHA-256, certificate files, tokens and kept answers. Two stores give
/// it: SQLite with files beside it, for one machine (`SQLiteStore`), and PostgreSQL, for several
/// instances of the service over one database server (`PostgresStore`). Nothing the instances
/// must agree on is kept anywhere else.
public protocol ServiceStore: Sendable {
    /// The applications and their histories.
    var applications: any ApplicationStore { get }

    /// Stores `bytes` unless they are there already, and returns their SHA-256 (lowercase hex).
    func putDocument(_ bytes: [UInt8]) async throws -> String
    /// The bytes whose SHA-256 is `digest`, or nil when none are stored.
    func document(_ digest: String) async throws -> [UInt8]?

    /// The digest of the stored certificate PDF of application `id` valid until `validUntil`.
    func certificateFile(of id: String, validUntil: String) async throws -> String?
    /// Keeps `digest` as the certificate PDF of application `id`, valid until `validUntil`.
    func keepCertificateFile(of id: String, digest: String, validUntil: String) async throws

    /// Adds a token; throws `TokenError` `nameTaken` when one is named `token.name` already.
    func addToken(_ token: StoredToken) async throws
    /// Removes the token named `name`; false when there is none.
    func removeToken(named name: String) async throws -> Bool
    /// The caller whose token's SHA-256 is `digest`.
    func caller(tokenDigest digest: String) async throws -> Caller?

    /// Claims an idempotency key: in one transaction, forgets keys older than
    /// `IdempotencyStore.retention`, adds the key when it is new, else decides by
    /// `IdempotencyStore.decide`.
    func claim(_ key: IdempotencyKey, now: Date) async throws -> IdempotencyStore.Start
    /// Keeps `answer` (encoded) as the answer of `key`.
    func keepAnswer(_ answer: Data, of key: IdempotencyKey) async throws
    /// Forgets `key` unless it has an answer.
    func releaseKey(_ key: IdempotencyKey) async throws
    /// Notes that the service's instance `instance` is alive at `now`.
    func heartbeat(instance: String, now: Date) async throws

    /// The schema versions applied (`Migrations.all`), in order.
    func appliedVersions() async throws -> [String]
    /// Lets go of the store's connections; nothing may use it after.
    func close() async

    /// Whether the store answers a query now.
    func isReachable() async -> Bool
    /// Whether `error` says the store cannot be reached or did not answer in time (503), rather
    /// than that something is wrong (500).
    func isUnavailable(_ error: any Error) -> Bool
}

/// A token as stored: only its SHA-256, never its text.
public struct StoredToken: Sendable {
    let name: String
    let role: Role
    let digest: String
    let created: Date
}

/// An idempotency key: the caller's token name, the key, and the fingerprint of its request.
public struct IdempotencyKey: Sendable {
    let token: String
    let key: String
    var fingerprint = ""
    var holder = ""
}

/// Where the service's store is: `--data` (SQLite) or `--database postgres://…`.
public enum StoreLocation: Sendable {
    case sqlite(folder: URL)
    case postgres(PostgresLocation)

    /// Opens the store and brings its schema up to date.
    public func open() async throws -> any ServiceStore {
        switch self {
        case .sqlite(let folder): try SQLiteStore(folder: folder)
        case .postgres(let location): try await PostgresStore(location)
        }
    }
}

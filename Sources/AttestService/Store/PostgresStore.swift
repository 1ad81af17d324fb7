import AttestCore
import FoundationEssentials
import Signing
import Logging
import NIOCore
import PostgresNIO
import RegistrationWorkflow
import Synchronization

/// The store of several instances of the service: one PostgreSQL database, through PostgresNIO's
/// pool of connections, which makes new ones when the server comes back after a restart. Every
/// operation is bounded in time (the server's `statement_timeout` and `lock_timeout`, and a
/// deadline of the service's own for connections that cannot be made): a store that does not
/// answer is a 503, never a request that hangs. The documents' bytes are in the database too, so
/// that any instance serves any request.
public final class PostgresStore: ServiceStore {
    let client: PostgresClient
    let timeout: Duration
    private let running: Task<Void, Never>
    public let applications: any ApplicationStore
    static let logger = Logger(label: "attest.postgres")

    /// Connects to `location` and brings its schema up to date.
    public init(_ location: PostgresLocation) async throws {
        client = PostgresClient(configuration: location.configuration)
        timeout = location.timeout
        let client = client
        running = Task { await client.run() }
        applications = PostgresApplicationStore(client: client, timeout: timeout)
        do {
            try await migrate()
        } catch {
            running.cancel()
            throw error
        }
    }

    public func close() async {
        running.cancel()
        _ = await running.result
    }

    public func appliedVersions() async throws -> [String] {
        try await bounded { client in
            var versions: [String] = []
            for try await version in try await client.query("SELECT version FROM attest_migrations ORDER BY applied, version").decode(String.self) {
                versions.append(version)
            }
            return versions
        }
    }

    /// Applies the migrations the database lacks, each in a transaction with its record, under a
    /// lock that makes instances starting together wait for each other.
    private func migrate() async throws {
        try await transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(7406001)", logger: Self.logger)
            try await connection.query("""
                CREATE TABLE IF NOT EXISTS attest_migrations (
                    version TEXT PRIMARY KEY, applied TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp())
                """, logger: Self.logger)
            var applied: Set<String> = []
            for try await version in try await connection.query("SELECT version FROM attest_migrations", logger: Self.logger).decode(String.self) {
                applied.insert(version)
            }
            for migration in Migrations.all where !applied.contains(migration.version) {
                // One statement at a time: the extended protocol takes no more (none holds a `;` inside).
                for statement in migration.postgres.split(separator: ";") where !statement.allSatisfy(\.isWhitespace) {
                    try await connection.query(PostgresQuery(unsafeSQL: String(statement)), logger: Self.logger)
                }
                try await connection.query("INSERT INTO attest_migrations (version) VALUES (\(migration.version))", logger: Self.logger)
            }
        }
    }

    public func putDocument(_ bytes: [UInt8]) async throws -> String {
        let digest = ContentDigest.hex(try ContentDigest.digest(bytes: bytes))
        try await bounded { client in
            try await client.query("""
                INSERT INTO documents (digest, bytes) VALUES (\(digest), \(ByteBuffer(bytes: bytes))) ON CONFLICT (digest) DO NOTHING
                """)
        }
        return digest
    }

    public func document(_ digest: String) async throws -> [UInt8]? {
        try await bounded { client in
            try await client.query("SELECT bytes FROM documents WHERE digest = \(digest)").decode(ByteBuffer.self).firstElement()
                .map { Array($0.readableBytesView) }
        }
    }

    public func certificateFile(of id: String, validUntil: String) async throws -> String? {
        try await bounded { client in
            try await client.query("SELECT digest FROM certificate_files WHERE application_id = \(id) AND valid_until = \(validUntil)")
                .decode(String.self).firstElement()
        }
    }

    public func keepCertificateFile(of id: String, digest: String, validUntil: String) async throws {
        try await bounded { client in
            try await client.query("""
                INSERT INTO certificate_files (application_id, digest, valid_until) VALUES (\(id), \(digest), \(validUntil))
                ON CONFLICT (application_id) DO UPDATE SET digest = excluded.digest, valid_until = excluded.valid_until
                """)
        }
    }

    public func addToken(_ token: StoredToken) async throws {
        let added = try await bounded { client in
            try await client.query("""
                INSERT INTO tokens (name, role, digest, created)
                VALUES (\(token.name), \(token.role.rawValue), \(token.digest), \(token.created.timeIntervalSince1970))
                ON CONFLICT (name) DO NOTHING RETURNING 1
                """).decode(Int32.self).firstElement()
        }
        guard added != nil else { throw TokenError(code: .nameTaken, name: token.name) }
    }

    public func removeToken(named name: String) async throws -> Bool {
        try await bounded { client in
            try await client.query("DELETE FROM tokens WHERE name = \(name) RETURNING 1").decode(Int32.self).firstElement() != nil
        }
    }

    public func caller(tokenDigest digest: String) async throws -> Caller? {
        try await bounded { client in
            try await client.query("SELECT name, role FROM tokens WHERE digest = \(digest)").decode((String, String).self)
                .firstElement().flatMap { name, role in Role(rawValue: role).map { Caller(name: name, role: $0) } }
        }
    }

    public func claim(_ key: IdempotencyKey, now: Date) async throws -> IdempotencyStore.Start {
        let time = now.timeIntervalSince1970
        return try await transaction { connection in
            try await connection.query("DELETE FROM idempotency WHERE created < \(time - IdempotencyStore.retention)", logger: Self.logger)
            let inserted = try await connection.query("""
                INSERT INTO idempotency (token, key, fingerprint, created, holder)
                VALUES (\(key.token), \(key.key), \(key.fingerprint), \(time), \(key.holder))
                ON CONFLICT (token, key) DO NOTHING RETURNING 1
                """, logger: Self.logger).decode(Int32.self).firstElement()
            if inserted != nil { return .proceed }
            // Met again: read it locked, so that of two retries at once one takes it over.
            let rows = try await connection.query("""
                SELECT fingerprint, created, answer, (SELECT seen FROM instances WHERE id = holder)
                FROM idempotency WHERE token = \(key.token) AND key = \(key.key) FOR UPDATE
                """, logger: Self.logger).decode((String, Double, ByteBuffer?, Double?).self)
            guard let (fingerprint, created, answer, seen) = try await rows.firstElement() else { return .proceed }
            let kept = IdempotencyStore.Kept(fingerprint: fingerprint, created: created, answer: answer.map { Data($0.readableBytesView) },
                                             holderSeen: seen)
            let decision = try IdempotencyStore.decide(kept, fingerprint: key.fingerprint, now: time)
            if decision.takeOver {
                try await connection.query("""
                    UPDATE idempotency SET created = \(time), holder = \(key.holder) WHERE token = \(key.token) AND key = \(key.key)
                    """, logger: Self.logger)
            }
            return decision.start
        }
    }

    public func keepAnswer(_ answer: Data, of key: IdempotencyKey) async throws {
        try await bounded { client in
            try await client.query("UPDATE idempotency SET answer = \(answer) WHERE token = \(key.token) AND key = \(key.key)")
        }
    }

    public func releaseKey(_ key: IdempotencyKey) async throws {
        try await bounded { client in
            try await client.query("DELETE FROM idempotency WHERE token = \(key.token) AND key = \(key.key) AND answer IS NULL")
        }
    }

    public func heartbeat(instance: String, now: Date) async throws {
        let time = now.timeIntervalSince1970
        try await bounded { client in
            try await client.query("""
                INSERT INTO instances (id, seen) VALUES (\(instance), \(time)) ON CONFLICT (id) DO UPDATE SET seen = excluded.seen
                """)
            try await client.query("DELETE FROM instances WHERE seen < \(time - IdempotencyStore.retention)")
        }
    }

    public func isReachable() async -> Bool {
        (try? await bounded { client in try await client.query("SELECT 1").decode(Int32.self).firstElement() }) == 1
    }

    public func isUnavailable(_ error: any Error) -> Bool {
        Self.unavailable(error)
    }

    /// A connection that failed or was closed, a server shutting down or starting, a statement
    /// or lock cut off by its timeout, a deadline passed: the store is unavailable for now.
    public static func unavailable(_ error: any Error) -> Bool {
        if error is DeadlinePassed { return true }
        guard let error = error as? PSQLError else { return false }
        switch error.code {
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .poolClosed, .uncleanShutdown, .queryCancelled,
             .sslUnsupported, .failedToAddSSLHandler:
            return true
        case .server:
            // 57014 statement or lock timeout (query_canceled), 55P03 lock_not_available,
            // 57P01-57P03 the server shutting down or starting, 08xxx connection exceptions,
            // 53xxx insufficient resources (too many connections).
            guard let state = error.serverInfo?[.sqlState] else { return false }
            return ["57014", "55P03", "57P01", "57P02", "57P03"].contains(state) || state.hasPrefix("08") || state.hasPrefix("53")
        default:
            return false
        }
    }

    /// `body` with the client, given up after the store's timeout and a little more.
    @discardableResult
    func bounded<T: Sendable>(_ body: @escaping @Sendable (PostgresClient) async throws -> T) async throws -> T {
        try await Self.bounded(client: client, timeout: timeout, body)
    }

    /// `body`, or `DeadlinePassed` once `timeout` and two seconds more have passed, whichever
    /// comes first. At the deadline `body` is cancelled and not waited for: a connection stuck on
    /// a server that went away holds up no request.
    @discardableResult
    static func bounded<T: Sendable>(client: PostgresClient, timeout: Duration,
                                     _ body: @escaping @Sendable (PostgresClient) async throws -> T) async throws -> T {
        let race = FirstOutcome<T>()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                race.wait(continuation)
                let work = Task {
                    do { race.settle(.success(try await body(client))) } catch { race.settle(.failure(error)) }
                }
                let deadline = Task {
                    try await Task.sleep(for: timeout + .seconds(2))
                    if race.settle(.failure(DeadlinePassed())) { work.cancel() }
                }
                race.onSettled { deadline.cancel() }
                race.onCancel { work.cancel() }
            }
        } onCancel: {
            race.cancel()
        }
    }

    /// `body` in one transaction, bounded in time.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await Self.transaction(client: client, timeout: timeout, body)
    }

    /// `body` in one transaction on a connection of `client`, bounded in time. What went wrong is
    /// thrown as itself (the workflow's refusal, or the server's error), not wrapped.
    static func transaction<T: Sendable>(client: PostgresClient, timeout: Duration,
                                         _ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await bounded(client: client, timeout: timeout) { client in
            do {
                return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
            } catch let error as PostgresTransactionError {
                throw error.closureError ?? error.beginError ?? error.commitError ?? error.rollbackError ?? error
            }
        }
    }
}

extension AsyncSequence {
    /// The sequence's first element (a query's first row), or nil when it has none.
    func firstElement() async throws -> Element? {
        try await first { _ in true }
    }
}

/// The store did not answer in time.
struct DeadlinePassed: Error {}

/// The first of a piece of work's outcome and its deadline, handed to the one waiting for it.
private final class FirstOutcome<T: Sendable>: Sendable {
    private struct State {
        var continuation: CheckedContinuation<T, any Error>?
        var outcome: Result<T, any Error>?
        var resumed = false
        var cancelled = false
        var whenSettled: [@Sendable () -> Void] = []
        var whenCancelled: [@Sendable () -> Void] = []

        /// The continuation and outcome to resume with, once both are there, once.
        mutating func due() -> (CheckedContinuation<T, any Error>, Result<T, any Error>)? {
            guard !resumed, let continuation, let outcome else { return nil }
            resumed = true
            self.continuation = nil
            return (continuation, outcome)
        }
    }
    private let state = Mutex(State())

    func wait(_ continuation: CheckedContinuation<T, any Error>) {
        let due = state.withLock { state in
            state.continuation = continuation
            return state.due()
        }
        if let (continuation, outcome) = due { continuation.resume(with: outcome) }
    }

    /// Takes `outcome` unless one came first; whether it was this one.
    @discardableResult
    func settle(_ outcome: Result<T, any Error>) -> Bool {
        let taken = state.withLock { state -> (due: (CheckedContinuation<T, any Error>, Result<T, any Error>)?, actions: [@Sendable () -> Void])? in
            guard state.outcome == nil else { return nil }
            state.outcome = outcome
            defer { state.whenSettled = [] }
            return (state.due(), state.whenSettled)
        }
        guard let taken else { return false }
        if let (continuation, outcome) = taken.due { continuation.resume(with: outcome) }
        taken.actions.forEach { $0() }
        return true
    }

    /// Runs `action` once an outcome is taken (now, when one is).
    func onSettled(_ action: @escaping @Sendable () -> Void) {
        let now = state.withLock { state -> Bool in
            if state.outcome != nil { return true }
            state.whenSettled.append(action)
            return false
        }
        if now { action() }
    }

    /// Runs `action` when the waiting task is cancelled (now, when it is).
    func onCancel(_ action: @escaping @Sendable () -> Void) {
        let now = state.withLock { state -> Bool in
            if state.cancelled { return true }
            state.whenCancelled.append(action)
            return false
        }
        if now { action() }
    }

    /// The waiting task was cancelled: so is the work, and the waiter is resumed with that.
    func cancel() {
        let actions = state.withLock { state -> [@Sendable () -> Void] in
            state.cancelled = true
            defer { state.whenCancelled = [] }
            return state.whenCancelled
        }
        actions.forEach { $0() }
        settle(.failure(CancellationError()))
    }
}

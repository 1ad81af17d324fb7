import FoundationEssentials
import GRDB

/// Answers kept by `Idempotency-Key`, per token, for 24 hours: a retry of a request gets the first
/// answer instead of doing it twice.
struct IdempotencyStore: Sendable {
    let database: ServiceDatabase
    /// How long an answer is kept.
    static let retention: TimeInterval = 24 * 3600
    /// How long a request may be in flight before a retry takes it over (its process died).
    static let abandonedAfter: TimeInterval = 300

    enum Start: Sendable {
        /// The first time: do it, then `finish`.
        case proceed
        /// Done before: give this answer again.
        case replay(Answer)
        /// The key was used with another request.
        case reused
        /// The first request with the key has not been answered yet.
        case inFlight
    }

    /// Claims `key` of `token` for a request whose fingerprint is `fingerprint`.
    func start(token: String, key: String, fingerprint: String, now: Date = Date()) async throws -> Start {
        try await database.pool.write { db in
            let time = now.timeIntervalSince1970
            try db.execute(sql: "DELETE FROM idempotency WHERE created < ?", arguments: [time - Self.retention])
            guard let row = try Row.fetchOne(db, sql: "SELECT fingerprint, created, answer FROM idempotency WHERE token = ? AND key = ?",
                                             arguments: [token, key]) else {
                try db.execute(sql: "INSERT INTO idempotency (token, key, fingerprint, created) VALUES (?, ?, ?, ?)",
                               arguments: [token, key, fingerprint, time])
                return .proceed
            }
            guard row["fingerprint"] as String == fingerprint else { return .reused }
            if let kept = row["answer"] as Data? { return .replay(try JSONDecoder().decode(Answer.self, from: kept)) }
            guard (row["created"] as Double) < time - Self.abandonedAfter else { return .inFlight }
            try db.execute(sql: "UPDATE idempotency SET created = ? WHERE token = ? AND key = ?", arguments: [time, token, key])
            return .proceed
        }
    }

    /// Keeps `answer` as the key's.
    func finish(token: String, key: String, answer: Answer) async throws {
        let kept = try JSONEncoder().encode(answer)
        try await database.pool.write { db in
            try db.execute(sql: "UPDATE idempotency SET answer = ? WHERE token = ? AND key = ?", arguments: [kept, token, key])
        }
    }

    /// Lets the key go unanswered (the service failed): a retry does the request again.
    func release(token: String, key: String) async throws {
        try await database.pool.write { db in
            try db.execute(sql: "DELETE FROM idempotency WHERE token = ? AND key = ? AND answer IS NULL", arguments: [token, key])
        }
    }
}
